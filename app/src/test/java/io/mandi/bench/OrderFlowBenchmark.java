package io.mandi.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.mandi.MandiApplication;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskOutcome;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders through order-lifecycle on the embedded engine (a scripted seller accepts each one)
 * against a plain process with the same number of jobs, in one JVM and one run. Prints rates,
 * latencies and the ratio; asserts nothing about time.
 */
public final class OrderFlowBenchmark {
  private static final Duration LIMIT = Duration.ofMinutes(10);

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmUp = Math.max(20, n / 10);
    try (ConfigurableApplicationContext app = startEmbeddedApp()) {
      OrderFlowBenchmark bench = new OrderFlowBenchmark(app);
      bench.plainProcesses(warmUp);
      bench.orders(warmUp);
      Result plain = bench.plainProcesses(n);
      Result orders = bench.orders(n);
      System.out.println();
      System.out.printf("order-lifecycle (validate, seller task, confirm, notify): %s%n", orders);
      System.out.printf("plain process (4 service tasks, no-op workers):          %s%n", plain);
      System.out.printf(
          "ratio order-lifecycle / plain: %.3f%n", orders.perSecond() / plain.perSecond());
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  record Result(int count, Duration elapsed) {
    double perSecond() {
      return count / (elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
      return String.format("%d in %.2f s = %.1f /s", count, elapsed.toNanos() / 1e9, perSecond());
    }
  }

  private final CamundaClient client;
  private final OrderPlacementService placement;
  private final TaskInboxService inbox;
  private final Actor buyer;
  private final Actor seller;
  private final OfferListing offer;
  private final JdbcTemplate jdbc;

  private OrderFlowBenchmark(ConfigurableApplicationContext app) {
    client = app.getBean(CamundaClient.class);
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
    jdbc.update("update offer set stock = 100000000 where id = ?", offer.offerId());
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("bench/bench-plain.bpmn")
        .send()
        .join();
  }

  /** Command-line arguments, so they win over application-embedded.yml: fresh ports, fresh data. */
  private static ConfigurableApplicationContext startEmbeddedApp() throws Exception {
    return new SpringApplication(MandiApplication.class)
        .run(
            "--server.port=" + freePort(),
            "--mandi.embedded.engine.port=" + freePort(),
            "--mandi.sandbox.whatsapp.port=" + freePort(),
            "--mandi.sandbox.payment-gateway.port=" + freePort(),
            "--mandi.embedded.postgres.data-dir=" + Files.createTempDirectory("mandi-bench-pg"),
            "--mandi.embedded.postgres.port=0",
            "--logging.level.root=WARN");
  }

  private static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private Result plainProcesses(int count) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(count);
    List<JobWorker> workers = new ArrayList<>();
    for (int step = 1; step <= 4; step++) {
      boolean last = step == 4;
      workers.add(
          client
              .newWorker()
              .jobType("bench-step-" + step)
              .handler(
                  (jobClient, job) -> {
                    jobClient.newCompleteCommand(job.getKey()).send().join();
                    if (last) {
                      done.countDown();
                    }
                  })
              .maxJobsActive(64)
              .streamEnabled(true)
              .open());
    }
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      client.newCreateInstanceCommand().bpmnProcessId("bench-plain").latestVersion().send().join();
    }
    if (!done.await(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("Plain instances did not finish within " + LIMIT);
    }
    Result result = new Result(count, Duration.ofNanos(System.nanoTime() - start));
    workers.forEach(JobWorker::close);
    return result;
  }

  private Result orders(int count) throws InterruptedException {
    Set<Long> pending = ConcurrentHashMap.newKeySet();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Order order =
          placement
              .place(
                  buyer,
                  new PlaceOrderCommand(
                      UUID.randomUUID(),
                      List.of(
                          new PlaceOrderCommand.Line(
                              offer.productId(), offer.offerId(), offer.minOrderQty()))))
              .getFirst();
      pending.add(order.id());
    }
    Set<Long> all = Set.copyOf(pending);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    while (!pending.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(pending.size() + " orders not confirmed within " + LIMIT);
      }
      // The scripted seller: accept every order of this run that waits in the inbox.
      for (HumanTask task : inbox.openTasksFor(seller)) {
        if (all.contains(task.orderId())) {
          inbox.complete(seller, task.id(), new TaskDecision(TaskOutcome.ACCEPT, null));
        }
      }
      pending.removeAll(confirmed(all));
      Thread.onSpinWait();
    }
    return new Result(count, Duration.ofNanos(System.nanoTime() - start));
  }

  private List<Long> confirmed(Set<Long> orders) {
    return jdbc.queryForList(
        "select id from purchase_order where status = 'CONFIRMED' and id = any(?)",
        Long.class,
        (Object) orders.toArray(Long[]::new));
  }
}
