package io.mandi.bench;

import io.mandi.MandiApplication;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.order.OrderPlacementService;
import io.mandi.payment.EscrowService;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Orders under injected faults, in three runs of the embedded application on one database: the
 * first (a child JVM) has silent vendors and a payment-gateway outage and is killed with kill -9
 * while orders are in flight (its PostgreSQL left running); the second has a courier outage and is
 * stopped cleanly (the engine restarts); the third runs until every order is final or waits for
 * operations. Windows are shortened so that timers, back-offs and recovery sweeps happen within
 * minutes. Prints the automatic recovery rate, and checks that nothing was done twice and that no
 * money is left held on a finished or cancelled order.
 */
public final class FaultRunBenchmark {
  private static final Duration POLL = Duration.ofMillis(200);

  /** How long the first two runs act before they are killed or stopped: orders are in flight. */
  private static final Duration PHASE = Duration.ofSeconds(25);

  private static final Duration FINISH_LIMIT = Duration.ofMinutes(10);
  static final String PHASE_ONE_DONE = "phase 1 done";

  public static void main(String[] args) throws Exception {
    int perRun = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    List<String> settings = settings();
    System.out.printf("fault run: %d orders per run, 3 runs%n", perRun);

    Process first =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-Dloader.path=" + System.getProperty("loader.path"),
                "-Dloader.main=" + FirstRun.class.getName(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                String.valueOf(perRun),
                String.join(" ", settings))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(first.getInputStream()))) {
      for (String line = output.readLine(); line != null; line = output.readLine()) {
        if (line.startsWith("run 1")) {
          System.out.println(line);
        }
        if (line.equals(PHASE_ONE_DONE)) {
          break;
        }
      }
    }
    first.destroyForcibly().waitFor();
    System.out.println("run 1: killed with kill -9, orders in flight, its database left running");

    try (ConfigurableApplicationContext app = start(settings)) {
      Crowd crowd = new Crowd(app);
      crowd.resume();
      crowd.place(perRun);
      app.getBean(LogisticsSandbox.class).outage().begin(Duration.ofSeconds(25));
      System.out.println("run 2: courier outage for 25 s");
      crowd.actFor(PHASE);
      System.out.printf(
          "run 2: %s, %d of them still open; stopping cleanly (the engine loses its instances)%n",
          crowd, crowd.open());
    }

    try (ConfigurableApplicationContext app = start(settings)) {
      Crowd crowd = new Crowd(app);
      crowd.resume();
      crowd.place(perRun);
      crowd.actUntilSettled(FINISH_LIMIT);
      System.out.printf("run 3: %s%n", crowd);
      new FaultRunReport(app.getBean(JdbcTemplate.class)).print();
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  /** The first run, in its own JVM so that it can be killed: silent vendors, a gateway outage. */
  public static final class FirstRun {
    public static void main(String[] args) throws Exception {
      int orders = Integer.parseInt(args[0]);
      ConfigurableApplicationContext app = start(List.of(args[1].split(" ")));
      sellersAnswerWithinTwentySeconds(app);
      Crowd crowd = new Crowd(app);
      crowd.place(orders);
      app.getBean(RazorpaySandbox.class).outage().begin(Duration.ofSeconds(25));
      System.out.println(
          "run 1: every fifth order's first vendor stays silent; gateway outage 25 s");
      crowd.actFor(PHASE);
      System.out.printf("run 1: %s, %d of them still open%n", crowd, crowd.open());
      System.out.println(PHASE_ONE_DONE);
      System.out.flush();
      new CountDownLatch(1).await(); // until killed
    }
  }

  /**
   * The silent vendors' orders move on within the run: an admin publishes durations in which a
   * seller has 20 seconds to answer (kept in the database for the runs after it), and changes the
   * one scenario that expects the standard 24 hours.
   */
  static void sellersAnswerWithinTwentySeconds(ConfigurableApplicationContext app) {
    RuleSets rules = app.getBean(RuleSets.class);
    Actor admin = new Actor("admin1", Role.ADMIN, null, null);
    RuleSetName durations = RuleSetName.DURATIONS;
    RuleSetVersion draft =
        rules.newDraft(admin, durations, rules.published(durations).orElseThrow().version());
    rules.saveDraft(
        admin,
        durations,
        draft.version(),
        draft.drl().replace("SELLER_ACCEPTANCE, \"PT24H\"", "SELLER_ACCEPTANCE, \"PT20S\""),
        null,
        "Fault run: sellers answer within 20 seconds");
    for (RuleScenario scenario : rules.scenarios(durations)) {
      if (scenario.expected().contains("sellerAcceptance=PT24H")) {
        rules.saveScenario(
            admin,
            durations,
            scenario.name(),
            scenario.given(),
            scenario.expected().replace("sellerAcceptance=PT24H", "sellerAcceptance=PT20S"));
      }
    }
    RuleSets.PublishOutcome outcome = rules.publish(admin, durations, draft.version());
    if (!outcome.published()) {
      throw new IllegalStateException("Short durations not published: " + outcome.message());
    }
  }

  /** Fresh ports and one database folder for all three runs; short windows. */
  private static List<String> settings() throws IOException {
    Path data = Files.createTempDirectory("mandi-fault-pg");
    return List.of(
        "--server.port=" + freePort(),
        "--mandi.embedded.engine.port=" + freePort(),
        "--mandi.sandbox.whatsapp.port=" + freePort(),
        "--mandi.sandbox.payment-gateway.port=" + freePort(),
        "--mandi.sandbox.logistics.port=" + freePort(),
        "--mandi.embedded.postgres.data-dir=" + data,
        "--mandi.embedded.postgres.port=0",
        "--mandi.recovery.interval=PT10S",
        "--mandi.recovery.first-backoff=PT5S",
        "--mandi.jobs.first-backoff=PT0.5S",
        "--mandi.jobs.max-backoff=PT2S",
        "--logging.level.root=WARN");
  }

  static ConfigurableApplicationContext start(List<String> settings) {
    return new SpringApplication(MandiApplication.class).run(settings.toArray(String[]::new));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * The scripted people: sellers accept (except the silent first vendor of every fifth order) and
   * pack, buyers pay and confirm receipt, the courier delivers. An action that fails (a platform is
   * down, a workflow is being restarted) is tried again at the next look, as a person would.
   */
  static final class Crowd {
    private final OrderPlacementService placement;
    private final TaskInboxService inbox;
    private final EscrowService escrow;
    private final RazorpaySandbox gateway;
    private final ShipmentService shipments;
    private final LogisticsSandbox courier;
    private final JdbcTemplate jdbc;
    private final Actor buyer;
    private final List<Actor> sellers = new ArrayList<>();
    private final OfferListing offer;
    private final Set<Long> orders = new HashSet<>();
    private final Set<String> done = new HashSet<>();
    private final Map<Long, RazorpaySandbox.SentWebhook> payments = new HashMap<>();
    private int failedActions;

    Crowd(ConfigurableApplicationContext app) {
      placement = app.getBean(OrderPlacementService.class);
      inbox = app.getBean(TaskInboxService.class);
      escrow = app.getBean(EscrowService.class);
      gateway = app.getBean(RazorpaySandbox.class);
      shipments = app.getBean(ShipmentService.class);
      courier = app.getBean(LogisticsSandbox.class);
      jdbc = app.getBean(JdbcTemplate.class);
      AccountService accounts = app.getBean(AccountService.class);
      buyer = accounts.findUser("buyer3").orElseThrow().asActor();
      for (String seller : List.of("seller1", "seller2", "seller3")) {
        sellers.add(accounts.findUser(seller).orElseThrow().asActor());
      }
      offer =
          app.getBean(CatalogService.class).search("Neem Soap", null).stream()
              .filter(o -> o.sellerId() == sellers.getFirst().sellerId())
              .findFirst()
              .orElseThrow();
      BenchSupport.withoutLimits(jdbc, offer);
      // The other seller of the product can take any order too, so a silent first vendor's order
      // goes on to it when the SLA lapses.
      jdbc.update(
          "update offer set stock = 100000000, min_order_qty = 1 where product_id = ?",
          offer.productId());
      jdbc.update("update seller set capacity = 1000000");
    }

    /** Takes on the orders an earlier run left open. */
    void resume() {
      orders.addAll(
          jdbc.queryForList(
              "select id from purchase_order where status not in"
                  + " ('COMPLETED', 'CANCELLED', 'REJECTED', 'REFUNDED')",
              Long.class));
    }

    void place(int count) {
      for (int i = 0; i < count; i++) {
        orders.add(BenchSupport.placeOne(placement, buyer, offer));
      }
    }

    void actFor(Duration duration) {
      long end = System.nanoTime() + duration.toNanos();
      while (System.nanoTime() < end) {
        lookAndAct();
        LockSupport.parkNanos(POLL.toNanos());
      }
    }

    void actUntilSettled(Duration limit) {
      long end = System.nanoTime() + limit.toNanos();
      while (System.nanoTime() < end && !settled()) {
        lookAndAct();
        LockSupport.parkNanos(POLL.toNanos());
      }
    }

    /** Orders of this crowd not final yet. */
    long open() {
      return jdbc.queryForObject(
          "select count(*) from purchase_order where id = any(?)"
              + " and status not in ('COMPLETED', 'CANCELLED', 'REJECTED', 'REFUNDED')",
          Long.class,
          (Object) orders.toArray(Long[]::new));
    }

    /** Every order final, or waiting for operations (a case recovery handed over). */
    private boolean settled() {
      return jdbc.queryForObject(
              "select count(*) from purchase_order o where o.id = any(?)"
                  + " and o.status not in ('COMPLETED', 'CANCELLED', 'REJECTED', 'REFUNDED')"
                  + " and not exists (select 1 from recovery_case c where c.order_id = o.id"
                  + "   and c.status = 'ESCALATED')",
              Long.class,
              (Object) orders.toArray(Long[]::new))
          == 0;
    }

    private void lookAndAct() {
      for (Actor seller : sellers) {
        for (HumanTask task : inbox.openTasksFor(seller)) {
          if (orders.contains(task.orderId()) && !silent(seller, task)) {
            act("task-" + task.id(), () -> decide(seller, task));
          }
        }
      }
      Long[] open = orders.toArray(Long[]::new);
      jdbc.query(
          "select order_id, gateway_order_id from payment_intent i"
              + " where gateway_order_id is not null and status = 'CREATED' and order_id = any(?)",
          row -> {
            long orderId = row.getLong("order_id");
            String gatewayOrder = row.getString("gateway_order_id");
            RazorpaySandbox.SentWebhook sent = payments.get(orderId);
            if (sent == null) {
              act("pay-" + orderId, () -> payments.put(orderId, gateway.pay(gatewayOrder)));
            } else {
              // Paid, but Mandi has not taken the webhook yet: the gateway sends it again.
              tryOnce(() -> gateway.deliver(sent));
            }
          },
          (Object) open);
      for (Map<String, Object> shipped :
          jdbc.queryForList(
              "select o.id, s.awb from purchase_order o join shipment s on s.order_id = o.id"
                  + " where o.status = 'SHIPPED' and s.awb is not null and o.id = any(?)",
              (Object) open)) {
        String awb = (String) shipped.get("awb");
        act("deliver-" + shipped.get("id"), () -> courier.track(awb, "DELIVERED"));
      }
      for (long delivered :
          jdbc.queryForList(
              "select id from purchase_order where status = 'DELIVERED' and id = any(?)",
              Long.class,
              (Object) open)) {
        act("receipt-" + delivered, () -> escrow.confirmReceipt(buyer, delivered));
      }
    }

    /** Every fifth order's first vendor never answers: its SLA lapses and the next is asked. */
    private boolean silent(Actor seller, HumanTask task) {
      return SellerAcceptanceTask.KIND.equals(task.kind())
          && task.orderId() % 5 == 0
          && seller.sellerId().equals(sellers.getFirst().sellerId());
    }

    private void decide(Actor seller, HumanTask task) {
      if (ReadyToShipTask.KIND.equals(task.kind())) {
        shipments.readyToShip(seller, task.id(), new BigDecimal("4.5"), 1);
      } else {
        inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null));
      }
    }

    private void act(String what, Action action) {
      if (!done.contains(what) && tryOnce(action)) {
        done.add(what);
      }
    }

    private boolean tryOnce(Action action) {
      try {
        action.run();
        return true;
      } catch (Exception e) {
        failedActions++; // a platform down or a workflow being restarted: look again later
        return false;
      }
    }

    @Override
    public String toString() {
      return orders.size() + " orders, " + failedActions + " actions refused and tried again";
    }

    interface Action {
      void run() throws Exception;
    }
  }
}
