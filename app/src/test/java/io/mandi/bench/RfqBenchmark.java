package io.mandi.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.builder.AbstractFlowNodeBuilder;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferDraft;
import io.mandi.catalog.OfferListing;
import io.mandi.catalog.PriceBreak;
import io.mandi.catalog.SellerDraft;
import io.mandi.catalog.SellerKind;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.NewRfq;
import io.mandi.rfq.QuoteDraft;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.RfqAward;
import io.mandi.rfq.RfqDecisions;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.RfqStatus;
import io.mandi.rfq.SellerQuotes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N requests for quotation with 5 invited sellers each: the rules shortlist, every seller quotes,
 * the request closes after 5 answers, the buyer accepts the best-scored quote, and the award
 * becomes an order. Compared in the same run with a plain process with as many jobs and messages.
 * Prints RFQs/s, the ratio, and checks that every award became exactly one order.
 */
public final class RfqBenchmark {
  static final int SELLERS = 5;

  /** shortlist, 5 invitations, 5 reviews, score, award, place the order. */
  static final int JOBS_PER_RFQ = 14;

  /** created, 5 responses, the buyer's decision. */
  static final int MESSAGES_PER_RFQ = 7;

  static final int PEOPLE = Integer.getInteger("bench.people", 8);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

  private final RfqService rfqs;
  private final SellerQuotes quotes;
  private final RfqDecisions decisions;
  private final JdbcTemplate jdbc;
  private final java.time.Clock clock;
  private final Actor buyer;
  private final Actor ops;
  private final Map<Long, Actor> sellers = new HashMap<>();
  private final long productId;

  RfqBenchmark(ConfigurableApplicationContext app) {
    rfqs = app.getBean(RfqService.class);
    quotes = app.getBean(SellerQuotes.class);
    decisions = app.getBean(RfqDecisions.class);
    jdbc = app.getBean(JdbcTemplate.class);
    clock = app.getBean(java.time.Clock.class);
    AccountService accounts = app.getBean(AccountService.class);
    buyer = accounts.findUser("buyer3").orElseThrow().asActor(); // government: no credit stop
    ops = accounts.findUser("ops1").orElseThrow().asActor();
    OfferListing basmati =
        app.getBean(CatalogService.class).search("Basmati Rice 25 kg", null).getFirst();
    productId = basmati.productId();
    for (String username : List.of("seller1", "seller2", "seller3")) {
      Actor seller = accounts.findUser(username).orElseThrow().asActor();
      sellers.put(seller.sellerId(), seller);
    }
    CatalogOnboarding onboarding = app.getBean(CatalogOnboarding.class);
    CatalogService catalog = app.getBean(CatalogService.class);
    for (Actor demo : List.copyOf(sellers.values())) { // every demo seller lists the rice
      if (catalog.activeOffer(demo.sellerId(), productId).isEmpty()) {
        OfferDraft offer = new OfferDraft(demo.sellerId(), productId, 1, 1_000_000, 3, "UP");
        onboarding.addOffer(offer);
        onboarding.addPriceBreak(new PriceBreak(offer.id, 1, new BigDecimal("2400.00")));
      }
    }
    while (sellers.size() < SELLERS) { // two more rice sellers, so the shortlist finds five
      int n = sellers.size() + 1;
      SellerDraft draft =
          new SellerDraft(
              "BENCH-" + n, "Bench Rice Co " + n, SellerKind.WHOLESALER, "MH", "+91982000010" + n);
      onboarding.addSeller(draft);
      OfferDraft offer = new OfferDraft(draft.id, productId, 1, 1_000_000, 3, "MH");
      onboarding.addOffer(offer);
      onboarding.addPriceBreak(new PriceBreak(offer.id, 1, new BigDecimal("2400.00")));
      accounts.createUser(
          "bench-seller-" + n, "bench-pass-1", "Bench", Role.SELLER, null, draft.id);
      sellers.put(draft.id, new Actor("bench-seller-" + n, Role.SELLER, null, draft.id));
    }
    jdbc.update("update offer set stock = 100000000 where product_id = ?", productId);
    jdbc.update("update seller set capacity = 1000000");
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    try (ConfigurableApplicationContext app = BenchSupport.startEmbeddedApp()) {
      RfqBenchmark bench = new RfqBenchmark(app);
      CamundaClient client = app.getBean(CamundaClient.class);
      int warmUp = Math.max(5, n / 10);
      plainProcesses(client, warmUp);
      bench.run(warmUp);
      BenchSupport.Rate plain = plainProcesses(client, n);
      BenchSupport.Rate negotiated = bench.run(n);
      System.out.println();
      System.out.printf(
          "RFQs (shortlist, invite %d, %d quotes, close, score, accept, award, order): %s%n",
          SELLERS, SELLERS, negotiated);
      System.out.printf(
          "plain process (%d no-op jobs, %d messages):                               %s%n",
          JOBS_PER_RFQ, MESSAGES_PER_RFQ, plain);
      System.out.printf(
          "ratio RFQs / plain: %.3f  (%d scripted people acting at once)%n",
          negotiated.perSecond() / plain.perSecond(), PEOPLE);
      bench.printExactlyOnce();
    }
    System.exit(0); // the embedded engine can leave non-daemon threads behind
  }

  BenchSupport.Rate run(int count) {
    Set<Long> inFlight = new HashSet<>();
    Set<Long> quoted = new HashSet<>();
    Set<Long> accepted = new HashSet<>();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
    try {
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        inFlight.add(rfqs.create(buyer, request()).id());
      }
      long deadline = System.nanoTime() + BenchSupport.LIMIT.toNanos();
      while (!inFlight.isEmpty()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(inFlight.size() + " RFQs not awarded in time");
        }
        if (!failures.isEmpty()) {
          throw new IllegalStateException("A scripted person's action failed", failures.peek());
        }
        for (long rfqId : List.copyOf(inFlight)) {
          RfqStatus status = rfqs.rfq(ops, rfqId).status();
          if (status == RfqStatus.OPEN) {
            for (Invitation invitation : rfqs.invitations(ops, rfqId)) {
              if (invitation.status().pending() && quoted.add(invitation.id())) {
                Actor seller = sellers.get(invitation.sellerId());
                act(people, failures, () -> quotes.quote(seller, rfqId, quote(seller)));
              }
            }
          } else if (status == RfqStatus.COMPARING && accepted.add(rfqId)) {
            act(people, failures, () -> acceptBest(rfqId));
          } else if (status == RfqStatus.AWARDED && awardedToAnOrder(rfqId)) {
            inFlight.remove(rfqId);
          } else if (status != RfqStatus.COMPARING && status != RfqStatus.AWARDED) {
            throw new IllegalStateException("RFQ " + rfqId + " ended " + status);
          }
        }
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
      }
      return new BenchSupport.Rate(count, Duration.ofNanos(System.nanoTime() - start));
    } finally {
      people.shutdownNow();
    }
  }

  private NewRfq request() {
    return new NewRfq(
        UUID.randomUUID(),
        "Bench basmati",
        "MH",
        LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(30),
        clock.instant().plus(Duration.ofDays(2)),
        SELLERS,
        1,
        List.of(new NewRfq.Line(productId, null, 10, null, null)),
        List.of(),
        List.of());
  }

  /** Each seller quotes a little under its own list price (no approval needed). */
  private QuoteDraft quote(Actor seller) {
    BigDecimal price = new BigDecimal("2300.00").add(BigDecimal.valueOf(seller.sellerId() % 7));
    return new QuoteDraft(
        List.of(new QuoteDraft.Line(price, null)),
        2 + (int) (seller.sellerId() % 4),
        clock.instant().plus(Duration.ofDays(5)),
        null,
        true);
  }

  private void acceptBest(long rfqId) {
    QuoteRevision best =
        rfqs.quotes(buyer, rfqId).stream()
            .filter(q -> q.score() != null)
            .max(Comparator.comparing(QuoteRevision::score))
            .orElseGet(() -> rfqs.quotes(buyer, rfqId).getFirst());
    decisions.acceptWhole(buyer, rfqId, best.id());
  }

  private boolean awardedToAnOrder(long rfqId) {
    List<RfqAward> awards = rfqs.awards(ops, rfqId);
    return !awards.isEmpty() && awards.stream().allMatch(a -> a.orderId() != null);
  }

  private static void act(ExecutorService people, Queue<Throwable> failures, Runnable action) {
    people.execute(
        () -> {
          try {
            action.run();
          } catch (Throwable failed) {
            failures.add(failed);
          }
        });
  }

  private void printExactlyOnce() {
    Integer awarded =
        jdbc.queryForObject("select count(distinct rfq_id) from rfq_award", Integer.class);
    Integer orders =
        jdbc.queryForObject(
            "select count(*) from purchase_order o join order_line l on l.order_id = o.id"
                + " where l.price_rules like 'RFQ #%'",
            Integer.class);
    Integer twice =
        jdbc.queryForObject(
            "select count(*) from (select price_rules from order_line where price_rules like"
                + " 'RFQ #%' group by price_rules having count(*) > 1) twice",
            Integer.class);
    System.out.printf(
        "exactly once: %d awarded RFQs, %d orders from them, %d awards placed twice%n",
        awarded, orders, twice);
  }

  /**
   * A plain process with as many no-op jobs and messages as one RFQ: a message starts it, then six
   * times a message is waited for and a job runs, then the remaining jobs.
   */
  static BenchSupport.Rate plainProcesses(CamundaClient client, int count)
      throws InterruptedException {
    String processId = "bench-plain-rfq";
    String start = processId + "-start";
    String next = processId + "-next";
    AbstractFlowNodeBuilder<?, ?> flow =
        Bpmn.createExecutableProcess(processId).startEvent().message(start);
    int step = 0;
    for (int m = 1; m < MESSAGES_PER_RFQ; m++) {
      flow = flow.serviceTask("Task_" + ++step, t -> t.zeebeJobType(processId + "-job"));
      flow =
          flow.intermediateCatchEvent("Event_" + m)
              .message(msg -> msg.name(next).zeebeCorrelationKeyExpression("=key"));
    }
    while (step < JOBS_PER_RFQ) {
      flow = flow.serviceTask("Task_" + ++step, t -> t.zeebeJobType(processId + "-job"));
    }
    client
        .newDeployResourceCommand()
        .addProcessModel(flow.endEvent("End").done(), processId + ".bpmn")
        .send()
        .join();
    CountDownLatch done = new CountDownLatch(count * JOBS_PER_RFQ);
    JobWorker worker =
        client
            .newWorker()
            .jobType(processId + "-job")
            .handler(
                (jobClient, job) -> {
                  jobClient.newCompleteCommand(job.getKey()).send().join();
                  done.countDown();
                })
            .maxJobsActive(64)
            .streamEnabled(true)
            .open();
    long begin = System.nanoTime();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String key = UUID.randomUUID().toString();
      keys.add(key);
      client
          .newPublishMessageCommand()
          .messageName(start)
          .correlationKey(key)
          .variables(Map.of("key", key))
          .send()
          .join();
      for (int m = 1; m < MESSAGES_PER_RFQ; m++) {
        client
            .newPublishMessageCommand()
            .messageName(next)
            .correlationKey(key)
            .timeToLive(Duration.ofMinutes(10))
            .send()
            .join();
      }
    }
    if (!done.await(BenchSupport.LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException(
          "Plain instances did not finish within " + BenchSupport.LIMIT);
    }
    BenchSupport.Rate rate =
        new BenchSupport.Rate(count, Duration.ofNanos(System.nanoTime() - begin));
    worker.close();
    return rate;
  }
}
