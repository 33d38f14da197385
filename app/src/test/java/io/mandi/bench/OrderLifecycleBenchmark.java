package io.mandi.bench;

import io.camunda.client.CamundaClient;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.order.OrderPlacementService;
import io.mandi.payment.EscrowService;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Full orders, from placement to closing: the ranked vendor accepts, the buyer pays on the gateway
 * sandbox (signed webhook over HTTP), the seller packs, the shipment is booked on the logistics
 * sandbox, the courier's signed delivery webhook arrives over HTTP, the buyer confirms receipt,
 * escrow is released, the GST invoice (PDF) is issued and the order closes. Compared in the same
 * run with a plain process with as many jobs. Prints orders/s, p50/p95 order latency, the ratio,
 * and the ledger invariants after the run.
 */
public final class OrderLifecycleBenchmark {
  /**
   * validate, credit, rank vendors, vendor task, record answer, confirm, notify, request payment,
   * transfer on hold, ready-to-ship task, book shipment, record delivery, start inspection,
   * release, invoice, close.
   */
  static final int JOBS_PER_ORDER = 16;

  /**
   * Scripted buyers, sellers and couriers acting at the same time (-Dbench.people, default 8). With
   * 1, every person's action waits for the one before, which measures the script, not Mandi.
   */
  static final int PEOPLE = Integer.getInteger("bench.people", 8);

  /** How often the scripted people look for something to do. */
  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    try (ConfigurableApplicationContext app = BenchSupport.startEmbeddedApp()) {
      OrderLifecycleBenchmark bench = new OrderLifecycleBenchmark(app);
      CamundaClient client = app.getBean(CamundaClient.class);
      int warmUp = Math.max(10, n / 10); // measured: warming up with n orders changes nothing
      BenchSupport.plainProcesses(client, JOBS_PER_ORDER, warmUp);
      bench.run(warmUp);
      BenchSupport.Rate plain = BenchSupport.plainProcesses(client, JOBS_PER_ORDER, n);
      Result orders = bench.run(n);
      System.out.println();
      System.out.printf(
          "full orders (place, assign, pay, pack, ship, deliver, confirm, release, invoice): %s%n",
          orders.rate());
      System.out.printf(
          "order latency placement -> completed: p50 %d ms, p95 %d ms%n",
          orders.p50Millis(), orders.p95Millis());
      System.out.printf(
          "plain process (%d service tasks, no-op workers):            %s%n",
          JOBS_PER_ORDER, plain);
      System.out.printf(
          "ratio full orders / plain: %.3f  (%d scripted people acting at once)%n",
          orders.rate().perSecond() / plain.perSecond(), PEOPLE);
      bench.printFailures();
      bench.printLedgerInvariants();
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  record Result(BenchSupport.Rate rate, List<Long> latenciesMillis) {
    long p50Millis() {
      return percentile(0.50);
    }

    long p95Millis() {
      return percentile(0.95);
    }

    private long percentile(double p) {
      List<Long> sorted = latenciesMillis.stream().sorted().toList();
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }
  }

  private final OrderPlacementService placement;
  private final TaskInboxService inbox;
  private final EscrowService escrow;
  private final RazorpaySandbox gateway;
  private final ShipmentService shipments;
  private final LogisticsSandbox courier;
  private final JdbcTemplate jdbc;
  private final Actor buyer;
  private final Actor seller;
  private final OfferListing offer;

  OrderLifecycleBenchmark(ConfigurableApplicationContext app) {
    placement = app.getBean(OrderPlacementService.class);
    inbox = app.getBean(TaskInboxService.class);
    escrow = app.getBean(EscrowService.class);
    gateway = app.getBean(RazorpaySandbox.class);
    shipments = app.getBean(ShipmentService.class);
    courier = app.getBean(LogisticsSandbox.class);
    jdbc = app.getBean(JdbcTemplate.class);
    AccountService accounts = app.getBean(AccountService.class);
    buyer = accounts.findUser("buyer3").orElseThrow().asActor(); // government: no credit stop
    seller = accounts.findUser("seller1").orElseThrow().asActor();
    offer =
        app.getBean(CatalogService.class).search("Neem Soap", null).stream()
            .filter(o -> o.sellerId() == seller.sellerId())
            .findFirst()
            .orElseThrow();
    BenchSupport.withoutLimits(jdbc, offer);
  }

  Result run(int count) throws Exception {
    Map<Long, Long> placedAt = new HashMap<>();
    Set<Long> tasksTaken = new HashSet<>();
    Set<Long> paid = new HashSet<>();
    Set<Long> receiptConfirmed = new HashSet<>();
    Set<Long> delivered = new HashSet<>();
    List<Long> latencies = new ArrayList<>();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
    try {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        placedAt.put(BenchSupport.placeOne(placement, buyer, offer), System.nanoTime());
      }
      long deadline = System.nanoTime() + BenchSupport.LIMIT.toNanos();
      while (!placedAt.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              placedAt.size() + " orders not completed within " + BenchSupport.LIMIT);
        }
        if (!failures.isEmpty()) {
          throw new IllegalStateException("A scripted person's action failed", failures.peek());
        }
        // The scripted sellers accept and pack; the scripted buyers pay and, once the goods are
        // delivered, confirm receipt; the sandbox courier delivers what was booked. Each action
        // is taken once, by one of PEOPLE people acting at the same time.
        for (HumanTask task : inbox.openTasksFor(seller)) {
          if (placedAt.containsKey(task.orderId()) && tasksTaken.add(task.id())) {
            act(people, failures, () -> decide(task));
          }
        }
        for (long orderId : ordersIn("SHIPPED", placedAt.keySet())) {
          if (delivered.add(orderId)) {
            act(
                people,
                failures,
                () -> courier.track(shipments.shipment(orderId).awb(), "DELIVERED"));
          }
        }
        for (Map.Entry<Long, String> payable : payableOrders(placedAt.keySet()).entrySet()) {
          if (paid.add(payable.getKey())) {
            act(people, failures, () -> gateway.pay(payable.getValue()));
          }
        }
        for (long orderId : ordersIn("DELIVERED", placedAt.keySet())) {
          if (receiptConfirmed.add(orderId)) {
            act(people, failures, () -> escrow.confirmReceipt(buyer, orderId));
          }
        }
        for (long orderId : completedOrders(placedAt.keySet())) {
          latencies.add((System.nanoTime() - placedAt.remove(orderId)) / 1_000_000);
        }
        // People look again shortly; a busy loop would take a core from the system under test.
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
      }
      return new Result(
          new BenchSupport.Rate(count, Duration.ofNanos(System.nanoTime() - start)), latencies);
    } finally {
      people.shutdownNow();
    }
  }

  private void decide(HumanTask task) {
    if (ReadyToShipTask.KIND.equals(task.kind())) {
      shipments.readyToShip(seller, task.id(), new BigDecimal("4.5"), 1);
    } else {
      inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null));
    }
  }

  /** What one scripted person does: call a service, a sandbox or the app over HTTP. */
  private interface Action {
    void run() throws Exception;
  }

  private static void act(ExecutorService people, Queue<Throwable> failures, Action action) {
    people.execute(
        () -> {
          try {
            action.run();
          } catch (Exception | Error e) {
            failures.add(e);
          }
        });
  }

  /** Orders whose gateway order exists, with its id: what a buyer can pay. */
  private Map<Long, String> payableOrders(Set<Long> orders) {
    Map<Long, String> payable = new HashMap<>();
    jdbc.query(
        "select order_id, gateway_order_id from payment_intent"
            + " where gateway_order_id is not null and order_id = any(?)",
        row -> {
          payable.put(row.getLong("order_id"), row.getString("gateway_order_id"));
        },
        (Object) orders.toArray(Long[]::new));
    return payable;
  }

  private List<Long> ordersIn(String status, Set<Long> orders) {
    return jdbc.queryForList(
        "select id from purchase_order where status = ? and id = any(?)",
        Long.class,
        status,
        orders.toArray(Long[]::new));
  }

  private List<Long> completedOrders(Set<Long> orders) {
    return jdbc.queryForList(
        "select id from purchase_order where status = 'COMPLETED' and id = any(?)",
        Long.class,
        (Object) orders.toArray(Long[]::new));
  }

  /** Failed job attempts and outbox deliveries over the whole run (warm-up included). */
  private void printFailures() {
    System.out.printf(
        "failed job attempts: %d  (select count(*) from job_failure), of which last attempts: %d%n",
        jdbc.queryForObject("select count(*) from job_failure", Long.class),
        jdbc.queryForObject("select count(*) from job_failure where retries_left = 0", Long.class));
    jdbc.queryForList(
            "select job_type, count(*) as attempts, min(error) as example from job_failure"
                + " group by job_type order by 2 desc limit 5")
        .forEach(row -> System.out.printf("  %s%n", row));
    System.out.printf(
        "outbox: %d entries sent, %d still pending, %d refused, %d delivery attempts failed%n",
        jdbc.queryForObject("select count(*) from outbox_entry where status = 'SENT'", Long.class),
        jdbc.queryForObject(
            "select count(*) from outbox_entry where status = 'PENDING'", Long.class),
        jdbc.queryForObject(
            "select count(*) from outbox_entry where status = 'REJECTED'", Long.class),
        jdbc.queryForObject(
            "select coalesce(sum(attempts - case when status = 'SENT' then 1 else 0 end), 0)"
                + " from outbox_entry",
            Long.class));
  }

  private void printLedgerInvariants() {
    System.out.println();
    System.out.println("ledger invariants after the run:");
    System.out.printf(
        "  transactions whose postings do not sum to zero: %d  (select transaction_id from ledger_posting group by transaction_id having sum(amount) <> 0)%n",
        jdbc.queryForObject(
            "select count(*) from (select transaction_id from ledger_posting group by transaction_id having sum(amount) <> 0) t",
            Long.class));
    System.out.printf(
        "  sum of all postings: %s  (select sum(amount) from ledger_posting)%n",
        jdbc.queryForObject(
            "select coalesce(sum(amount), 0) from ledger_posting", java.math.BigDecimal.class));
    System.out.printf(
        "  protected accounts below zero: %d%n",
        jdbc.queryForObject(
            "select count(*) from (select p.account_id from ledger_posting p join ledger_account a on a.id = p.account_id"
                + " where not a.may_go_negative group by p.account_id having sum(p.amount) < 0) t",
            Long.class));
    System.out.printf(
        "  escrow holds resolved more than once: %d%n",
        jdbc.queryForObject(
            "select count(*) from (select order_id from ledger_transaction where kind <> 'HOLD' group by order_id having count(*) > 1) t",
            Long.class));
    jdbc.queryForList(
            "select kind, count(distinct t.id) as transactions, sum(p.amount) filter (where p.amount > 0) as moved"
                + " from ledger_transaction t join ledger_posting p on p.transaction_id = t.id group by kind order by kind")
        .forEach(row -> System.out.printf("  %s%n", row));
  }
}
