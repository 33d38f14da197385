package io.mandi.bench;

import io.camunda.client.CamundaClient;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.order.OrderPlacementService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders through order-lifecycle on the embedded engine (a scripted seller accepts each one)
 * against a plain process with the same number of jobs, in one JVM and one run. Prints rates,
 * latencies and the ratio; asserts nothing about time.
 */
public final class OrderFlowBenchmark {
  /**
   * Jobs an accepted order passes until CONFIRMED: validate, credit, rank vendors, vendor task,
   * record answer, confirm, notify.
   */
  static final int JOBS_UNTIL_CONFIRMED = 7;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmUp = Math.max(20, n / 10);
    try (ConfigurableApplicationContext app = BenchSupport.startEmbeddedApp()) {
      OrderFlowBenchmark bench = new OrderFlowBenchmark(app);
      CamundaClient client = app.getBean(CamundaClient.class);
      BenchSupport.plainProcesses(client, JOBS_UNTIL_CONFIRMED, warmUp);
      bench.orders(warmUp);
      BenchSupport.Rate plain = BenchSupport.plainProcesses(client, JOBS_UNTIL_CONFIRMED, n);
      BenchSupport.Rate orders = bench.orders(n);
      System.out.println();
      System.out.printf(
          "order-lifecycle to CONFIRMED (validate, credit, vendor assignment, confirm, notify): %s%n",
          orders);
      System.out.printf(
          "plain process (%d service tasks, no-op workers):                              %s%n",
          JOBS_UNTIL_CONFIRMED, plain);
      System.out.printf(
          "ratio order-lifecycle / plain: %.3f%n", orders.perSecond() / plain.perSecond());
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  private final OrderPlacementService placement;
  private final TaskInboxService inbox;
  private final Actor buyer;
  private final Actor seller;
  private final OfferListing offer;
  private final JdbcTemplate jdbc;

  private OrderFlowBenchmark(ConfigurableApplicationContext app) {
    placement = app.getBean(OrderPlacementService.class);
    inbox = app.getBean(TaskInboxService.class);
    AccountService accounts = app.getBean(AccountService.class);
    buyer = accounts.findUser("buyer1").orElseThrow().asActor();
    seller = accounts.findUser("seller1").orElseThrow().asActor();
    jdbc = app.getBean(JdbcTemplate.class);
    offer =
        app.getBean(CatalogService.class).search("Neem Soap", null).stream()
            .filter(o -> o.sellerId() == seller.sellerId())
            .findFirst()
            .orElseThrow();
    BenchSupport.withoutLimits(jdbc, offer);
  }

  private BenchSupport.Rate orders(int count) throws InterruptedException {
    Set<Long> pending = ConcurrentHashMap.newKeySet();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      pending.add(BenchSupport.placeOne(placement, buyer, offer));
    }
    Set<Long> all = Set.copyOf(pending);
    long deadline = System.nanoTime() + BenchSupport.LIMIT.toNanos();
    while (!pending.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            pending.size() + " orders not confirmed within " + BenchSupport.LIMIT);
      }
      // The scripted seller: accept every order of this run that waits in the inbox.
      for (HumanTask task : inbox.openTasksFor(seller)) {
        if (all.contains(task.orderId())) {
          inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null));
        }
      }
      pending.removeAll(confirmed(all));
      Thread.onSpinWait();
    }
    return new BenchSupport.Rate(count, Duration.ofNanos(System.nanoTime() - start));
  }

  private List<Long> confirmed(Set<Long> orders) {
    return jdbc.queryForList(
        "select id from purchase_order where status = 'CONFIRMED' and id = any(?)",
        Long.class,
        (Object) orders.toArray(Long[]::new));
  }
}
