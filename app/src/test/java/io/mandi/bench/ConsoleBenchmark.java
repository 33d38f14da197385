package io.mandi.bench;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.order.OrderFilter;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderSearch;
import io.mandi.order.OrderStatus;
import io.mandi.task.TaskInboxService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server time of the console's queries (the services the views call, in the application's JVM): the
 * first page of all orders, a filtered query combining two filters with OR and its count, a name
 * search, a buyer's own first page, a catalog search and the operations inbox. Each is timed first
 * with 1,000 orders (the baseline) and then with the full data set (default 100,000 orders, 10,000
 * open tasks, 2,000 products); it prints the p95 of each and the ratio of the two. Target: under
 * 200 ms each at full size.
 */
public final class ConsoleBenchmark {
  static final int BASELINE_ORDERS = 1_000;
  static final int WARMUP = 10;
  static final int RUNS = 40;

  public static void main(String[] args) {
    int status = 1;
    try {
      run(args.length > 0 ? Integer.parseInt(args[0]) : 100_000);
      status = 0;
    } catch (Exception | Error failed) {
      failed.printStackTrace();
    } finally {
      System.exit(status); // the embedded engine can leave non-daemon threads behind
    }
  }

  private static void run(int orders) throws Exception {
    try (ConfigurableApplicationContext app =
        BenchSupport.startEmbeddedApp("--mandi.recovery.interval=PT24H")) {
      ConsoleData data = new ConsoleData(app.getBean(JdbcTemplate.class));
      Map<String, Supplier<Object>> queries = queries(app);

      data.orders(BASELINE_ORDERS);
      data.openTasks(BASELINE_ORDERS / 10);
      data.products(200);
      data.analyze();
      measure(queries); // a first pass warms the JIT, so the baseline is not the slower one
      Map<String, Double> baseline = measure(queries);

      long start = System.nanoTime();
      data.products(2_000);
      data.orders(orders);
      data.openTasks(10_000);
      data.analyze();
      System.out.printf(
          "console: generated %,d orders, 10,000 open tasks, 2,000 products in %.1f s%n",
          orders, (System.nanoTime() - start) / 1e9);
      Map<String, Double> full = measure(queries);

      System.out.printf(
          "%-34s %12s %14s %8s%n",
          "query (p95, ms)", BASELINE_ORDERS + " orders", orders + " orders", "ratio");
      boolean allUnder = true;
      for (String name : queries.keySet()) {
        double ratio = full.get(name) / baseline.get(name);
        allUnder &= full.get(name) < 200;
        System.out.printf(
            "%-34s %12.1f %14.1f %8.2f%n", name, baseline.get(name), full.get(name), ratio);
      }
      System.out.println(
          allUnder ? "every query under 200 ms (target met)" : "SOME QUERY AT OR ABOVE 200 ms");
    }
  }

  private static Map<String, Supplier<Object>> queries(ConfigurableApplicationContext app) {
    OrderQueryService orders = app.getBean(OrderQueryService.class);
    CatalogService catalog = app.getBean(CatalogService.class);
    TaskInboxService inbox = app.getBean(TaskInboxService.class);
    AccountService accounts = app.getBean(AccountService.class);
    Actor ops = accounts.findUser("ops1").orElseThrow().asActor();
    Actor buyer = accounts.findUser("buyer1").orElseThrow().asActor();
    List<OrderFilter> either =
        List.of(
            OrderFilter.none()
                .withStatuses(Set.of(OrderStatus.CONFIRMED, OrderStatus.SHIPPED))
                .withValue(new BigDecimal("10000"), null),
            OrderFilter.none().withRegion("MH").withIdleFor(Duration.ofDays(30)));
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    queries.put(
        "orders: first page (ops)", () -> orders.search(ops, OrderSearch.newest(List.of(), 0, 50)));
    queries.put(
        "orders: filtered with OR", () -> orders.search(ops, OrderSearch.newest(either, 0, 50)));
    queries.put("orders: count of filtered", () -> orders.count(ops, either));
    queries.put(
        "orders: name search",
        () -> orders.search(ops, OrderSearch.newest(List.of(OrderFilter.text("Asha")), 0, 50)));
    queries.put("orders: count of all", () -> orders.count(ops, List.of()));
    queries.put(
        "orders: buyer's first page",
        () -> orders.search(buyer, OrderSearch.newest(List.of(), 0, 50)));
    queries.put("catalog: first page", () -> catalog.search(null, null, 0, 50));
    queries.put("catalog: search", () -> catalog.search("Dal", null, 0, 50));
    queries.put("catalog: count of a search", () -> catalog.count("Dal", null));
    queries.put("inbox: operations' first page", () -> inbox.openTasks(ops, 0, 50));
    queries.put("inbox: count of open tasks", () -> inbox.countOpenTasks(ops));
    queries.put(
        "inbox: overdue, by priority",
        () ->
            inbox.openTasks(
                ops, io.mandi.task.TaskView.OVERDUE, null, io.mandi.task.TaskSort.PRIORITY, 0, 50));
    queries.put(
        "inbox: count of nobody's yet",
        () -> inbox.countOpenTasks(ops, io.mandi.task.TaskView.UNASSIGNED, null));
    return queries;
  }

  private static Map<String, Double> measure(Map<String, Supplier<Object>> queries) {
    Map<String, Double> p95 = new LinkedHashMap<>();
    queries.forEach(
        (name, query) -> {
          for (int i = 0; i < WARMUP; i++) {
            query.get();
          }
          List<Long> nanos = new ArrayList<>();
          for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            nanos.add(System.nanoTime() - start);
          }
          long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
          p95.put(name, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6);
        });
    return p95;
  }
}
