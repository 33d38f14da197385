package io.mandi;

import io.mandi.notification.Notifier;
import io.mandi.order.OrderProcessGateway;
import io.mandi.order.OrderValidationPolicy;
import io.mandi.order.Violation;
import io.mandi.task.TaskEngine;
import io.mandi.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The core alone on a real PostgreSQL. The ports to other modules get simple recording
 * implementations here; their real adapters are tested in their own modules.
 */
@SpringBootApplication
public class CoreTestApplication {

  /**
   * The core's tests run as one run of an embedded engine, so what an earlier run started counts as
   * lost, and the checks for it run for real.
   */
  @Bean
  io.mandi.task.EngineRun engineRun() {
    return new io.mandi.task.EngineRun("core-tests");
  }

  @Bean
  DataSource dataSource() {
    return TestDatabase.dataSource();
  }

  /** Minimum order quantity and stock: enough of the rules for core tests. */
  @Bean
  OrderValidationPolicy orderValidationPolicy() {
    return lines -> {
      List<Violation> violations = new ArrayList<>();
      lines.forEach(
          line -> {
            if (line.quantity() < line.minOrderQty()) {
              violations.add(new Violation(line.lineNo(), "BELOW_MOQ", "below minimum"));
            }
            if (line.quantity() > line.stock()) {
              violations.add(new Violation(line.lineNo(), "OVER_STOCK", "over stock"));
            }
          });
      return violations;
    };
  }

  /** Approves within the limit; the real rules are tested in the rules module. */
  @Bean
  io.mandi.credit.CreditPolicy creditPolicy() {
    return facts ->
        new io.mandi.credit.CreditDecision(
            facts.exposureWithOrder().compareTo(facts.creditLimit()) <= 0, "test", "test");
  }

  /**
   * Re-creates lost processes, retries failed steps and outbox entries, escalates the rest; the
   * real remedy rules are tested in the rules module.
   */
  @Bean
  io.mandi.recovery.RemedyPolicy remedyPolicy() {
    return facts ->
        new io.mandi.recovery.RemedyDecision(
            switch (facts.kind()) {
              case INSTANCE_LOST ->
                  facts.canRecreate()
                      ? io.mandi.recovery.Remedy.RECREATE_INSTANCE
                      : io.mandi.recovery.Remedy.ESCALATE;
              case JOB_FAILED, OUTBOX_FAILING ->
                  facts.attemptsSoFar() >= 3
                      ? io.mandi.recovery.Remedy.ESCALATE
                      : io.mandi.recovery.Remedy.RETRY;
              case STUCK -> io.mandi.recovery.Remedy.ESCALATE;
            },
            "test",
            List.of("test-rule"));
  }

  /**
   * The standard durations for every order; the real durations rules are tested in the rules
   * module.
   */
  @Bean
  io.mandi.durations.DurationPolicy durationPolicy() {
    return facts -> {
      java.util.Map<io.mandi.durations.Deadline, java.time.Duration> durations =
          new java.util.EnumMap<>(io.mandi.durations.Deadline.class);
      durations.put(io.mandi.durations.Deadline.SELLER_ACCEPTANCE, java.time.Duration.ofHours(24));
      durations.put(io.mandi.durations.Deadline.CREDIT_APPROVAL, java.time.Duration.ofHours(4));
      durations.put(io.mandi.durations.Deadline.VENDOR_ESCALATION, java.time.Duration.ofHours(4));
      durations.put(io.mandi.durations.Deadline.PAYMENT, java.time.Duration.ofHours(48));
      durations.put(io.mandi.durations.Deadline.DISPATCH, java.time.Duration.ofDays(2));
      durations.put(io.mandi.durations.Deadline.DELIVERY_PROMISE, java.time.Duration.ofDays(5));
      durations.put(io.mandi.durations.Deadline.INSPECTION, java.time.Duration.ofDays(3));
      durations.put(io.mandi.durations.Deadline.NEGOTIATION, java.time.Duration.ofDays(2));
      durations.put(io.mandi.durations.Deadline.MEDIATION, java.time.Duration.ofDays(2));
      return new io.mandi.durations.OrderDurations(durations, java.util.Map.of(), "test durations");
    };
  }

  /** The list price as it is; the real pricing rules are tested in the rules module. */
  @Bean
  io.mandi.pricing.PricingPolicy pricingPolicy() {
    return facts -> new io.mandi.pricing.PricedLine(facts.listPrice(), "test-rules", List.of());
  }

  /**
   * Rule text always compiles and nothing is evaluated; rule sets are tested with Drools in the app
   * module.
   */
  @Bean
  io.mandi.ruleset.RuleRuntime ruleRuntime() {
    return new io.mandi.ruleset.RuleRuntime() {
      @Override
      public List<io.mandi.ruleset.RuleProblem> compile(
          io.mandi.ruleset.RuleSetName set, io.mandi.ruleset.RuleFormat format, String drl) {
        return List.of();
      }

      @Override
      public boolean evaluates(io.mandi.ruleset.RuleSetName set) {
        return false;
      }

      @Override
      public String checkScenario(io.mandi.ruleset.RuleSetName set, String given, String expected) {
        return "not evaluated in core tests";
      }

      @Override
      public List<io.mandi.ruleset.ScenarioOutcome> run(
          io.mandi.ruleset.RuleSetName set,
          io.mandi.ruleset.RuleFormat format,
          String drl,
          List<io.mandi.ruleset.RuleScenario> scenarios) {
        return List.of();
      }

      @Override
      public String tableFromFile(String fileName, byte[] content) {
        return new String(content, java.nio.charset.StandardCharsets.UTF_8);
      }

      @Override
      public byte[] tableAsWorkbook(io.mandi.ruleset.RuleSetName set, String csv) {
        return csv.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      }

      @Override
      public java.util.Optional<String> tableTemplate(io.mandi.ruleset.RuleSetName set) {
        return java.util.Optional.empty();
      }

      @Override
      public boolean shadowRuns(io.mandi.ruleset.RuleSetName set) {
        return false;
      }

      @Override
      public io.mandi.ruleset.ShadowRun shadowRun(
          io.mandi.ruleset.RuleSetName set,
          io.mandi.ruleset.RuleFormat format,
          String drl,
          int lastRequests) {
        return new io.mandi.ruleset.ShadowRun(0, List.of());
      }

      @Override
      public void activate(io.mandi.ruleset.RuleSetName set) {}

      @Override
      public java.util.Optional<String> activationProblem(io.mandi.ruleset.RuleSetName set) {
        return java.util.Optional.empty();
      }
    };
  }

  /** A second admin's approval of a rule version is started in the engine by the workers module. */
  @Bean
  io.mandi.ruleset.RulePublishProcess rulePublishProcess() {
    return (ruleSet, version, requestKey) -> {};
  }

  /** Large price changes' approvals are started in the engine by the workers module. */
  @Bean
  io.mandi.recommendation.PriceChangeProcess priceChangeProcess() {
    return priceChangeId -> {};
  }

  /** Process models are checked and deployed by the workers module (tested in the app). */
  @Bean
  io.mandi.admin.ProcessModels processModels() {
    return new io.mandi.admin.ProcessModels() {
      @Override
      public io.mandi.admin.ModelCheck check(byte[] content) {
        return new io.mandi.admin.ModelCheck(null, List.of("not checked in core tests"));
      }

      @Override
      public io.mandi.admin.DeployedModel deploy(String fileName, byte[] content) {
        throw new UnsupportedOperationException("no engine in core tests");
      }

      @Override
      public String shippedDigest(String processId) {
        return "";
      }
    };
  }

  /** Eligible if it can serve every line and was not asked yet; the buyer's choice first. */
  @Bean
  io.mandi.vendor.VendorRankingPolicy vendorRankingPolicy() {
    return candidates ->
        candidates.stream()
            .map(
                c -> {
                  boolean eligible =
                      c.stockedLines() == c.lineCount()
                          && c.offeredLines() == c.lineCount()
                          && !c.alreadyOffered();
                  return new io.mandi.vendor.VendorRanking(
                      c.sellerId(),
                      c.sellerName(),
                      eligible,
                      java.math.BigDecimal.valueOf(c.preferred() ? 100 : 50),
                      eligible ? "test: eligible" : "Skipped: test");
                })
            .sorted(
                java.util.Comparator.comparing(io.mandi.vendor.VendorRanking::eligible)
                    .thenComparing(io.mandi.vendor.VendorRanking::score)
                    .reversed()
                    .thenComparing(io.mandi.vendor.VendorRanking::sellerId))
            .toList();
  }

  @Bean
  RecordingLogistics logistics() {
    return new RecordingLogistics();
  }

  @Bean
  RecordingProcessEvents processEvents() {
    return new RecordingProcessEvents();
  }

  /** Books with made-up AWBs; the real route is tested against its sandbox over HTTP. */
  public static class RecordingLogistics implements io.mandi.logistics.LogisticsGateway {
    public final List<String> bookingKeys = new CopyOnWriteArrayList<>();
    public final List<String> cancelled = new CopyOnWriteArrayList<>();

    @Override
    public io.mandi.logistics.BookedShipment book(
        io.mandi.logistics.ShipmentRequest request, String idempotencyKey) {
      OutsideTransactions.require("book");
      bookingKeys.add(idempotencyKey);
      return new io.mandi.logistics.BookedShipment(
          "SR" + request.orderId(),
          "SH" + request.orderId(),
          "AWB" + request.orderId(),
          "Test Courier",
          "http://label/" + request.orderId());
    }

    @Override
    public void cancel(String awb, String idempotencyKey) {
      OutsideTransactions.require("cancel");
      cancelled.add(awb);
    }
  }

  /** Records what the order's processes would be told about shipments and disputes. */
  public static class RecordingProcessEvents
      implements io.mandi.logistics.ShipmentEvents, io.mandi.dispute.DisputeEvents {
    public final List<Long> delivered = new CopyOnWriteArrayList<>();
    public final List<Long> disputes = new CopyOnWriteArrayList<>();
    public final List<String> offerAnswers = new CopyOnWriteArrayList<>();

    @Override
    public void delivered(long orderId) {
      delivered.add(orderId);
    }

    @Override
    public void disputeOpened(long orderId, java.time.Instant openedAt) {
      disputes.add(orderId);
    }

    @Override
    public void offerAnswered(long orderId, boolean accepted) {
      offerAnswers.add(orderId + ":" + accepted);
    }
  }

  @Bean
  RecordingProcessGateway processGateway() {
    return new RecordingProcessGateway();
  }

  @Bean
  RecordingTaskEngine taskEngine() {
    return new RecordingTaskEngine();
  }

  @Bean
  io.micrometer.core.instrument.MeterRegistry meterRegistry() {
    return new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
  }

  @Bean
  RecordingRetrier jobRetrier() {
    return new RecordingRetrier();
  }

  /** Records each retried step. */
  public static class RecordingRetrier implements io.mandi.recovery.JobRetrier {
    public final List<io.mandi.recovery.JobFailure> retried = new CopyOnWriteArrayList<>();

    @Override
    public void retry(io.mandi.recovery.JobFailure failure) {
      retried.add(failure);
    }
  }

  @Bean
  RecordingResumer processResumer() {
    return new RecordingResumer();
  }

  /** Records each re-creation and answers with a new instance key. */
  public static class RecordingResumer implements io.mandi.recovery.ProcessResumer {
    public final List<io.mandi.recovery.Resumption> resumed = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failure;
    private final java.util.concurrent.atomic.AtomicLong keys =
        new java.util.concurrent.atomic.AtomicLong(9_000_000);

    @Override
    public long resume(io.mandi.recovery.Resumption resumption) {
      if (failure != null) {
        throw failure;
      }
      resumed.add(resumption);
      return keys.incrementAndGet();
    }

    @Override
    public boolean isRunning(long processInstanceKey) {
      return true;
    }
  }

  @Bean
  RecordingNotifier notifier() {
    return new RecordingNotifier();
  }

  /** Invites sellers that list a product of the request or sell in its category, in id order. */
  @Bean
  io.mandi.rfq.RfqShortlistPolicy rfqShortlistPolicy() {
    return (candidates, maxInvited) -> {
      List<io.mandi.rfq.ShortlistEntry> entries = new ArrayList<>();
      int invited = 0;
      for (io.mandi.rfq.RfqCandidate c : candidates) {
        boolean invite =
            !c.buyerExcluded()
                && (c.buyerChoice()
                    || (c.categoryLines() == c.lineCount() && invited < maxInvited));
        if (invite && !c.buyerChoice()) {
          invited++;
        }
        entries.add(
            new io.mandi.rfq.ShortlistEntry(
                c.sellerId(), invite, java.math.BigDecimal.ONE, invite ? "test: sells it" : "no"));
      }
      return entries;
    };
  }

  /** The cheapest quote first, scored by its price alone. */
  @Bean
  io.mandi.rfq.QuoteScoringPolicy quoteScoringPolicy() {
    return quotes ->
        quotes.stream()
            .sorted(java.util.Comparator.comparing(io.mandi.rfq.QuoteFacts::total))
            .map(
                q ->
                    new io.mandi.rfq.QuoteScore(
                        q.quoteId(),
                        java.math.BigDecimal.valueOf(100)
                            .multiply(q.lowestTotal())
                            .divide(q.total(), 2, java.math.RoundingMode.HALF_EVEN),
                        List.of("test: price"),
                        "test scoring"))
            .toList();
  }

  @Bean
  RecordingRfqProcess rfqProcess() {
    return new RecordingRfqProcess();
  }

  /** What requests' processes would be told. */
  public static class RecordingRfqProcess implements io.mandi.rfq.RfqProcessGateway {
    public final List<Long> started = new CopyOnWriteArrayList<>();
    public final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void rfqCreated(long rfqId) {
      started.add(rfqId);
    }

    public final List<Long> approvalsNeeded = new CopyOnWriteArrayList<>();

    @Override
    public void discountApprovalNeeded(long rfqId, long quoteId) {
      approvalsNeeded.add(quoteId);
    }

    @Override
    public void tell(
        long rfqId, io.mandi.rfq.RfqEvent event, String eventKey, Map<String, Object> variables) {
      told.add(rfqId + ":" + event + ":" + eventKey);
    }
  }

  public static class RecordingProcessGateway implements OrderProcessGateway {
    public final List<Long> started = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failure;

    @Override
    public void orderPlaced(io.mandi.order.Order order) {
      if (failure != null) {
        throw failure;
      }
      started.add(order.id());
    }

    public final List<Long> cancellations = new CopyOnWriteArrayList<>();

    @Override
    public void cancellationRequested(long orderId, String by, String reason) {
      cancellations.add(orderId);
    }
  }

  public static class RecordingTaskEngine implements TaskEngine {
    public final List<Map<String, Object>> completions = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failure;

    @Override
    public void complete(long jobKey, Map<String, Object> variables) {
      if (failure != null) {
        throw failure;
      }
      completions.add(variables);
    }
  }

  @Bean
  FakePaymentGateway paymentGateway() {
    return new FakePaymentGateway();
  }

  @Bean
  RecordingEscrowEvents paymentEvents() {
    return new RecordingEscrowEvents();
  }

  /** Stands in for the gateway's answers; the real one is tested against its sandbox over HTTP. */
  public static class FakePaymentGateway implements io.mandi.payment.PaymentGateway {
    public final java.util.Map<String, io.mandi.payment.GatewayPayment> payments =
        new java.util.concurrent.ConcurrentHashMap<>();
    public final List<String> createKeys = new CopyOnWriteArrayList<>();

    @Override
    public String createOrder(long orderId, java.math.BigDecimal amount, String idempotencyKey) {
      OutsideTransactions.require("createOrder");
      createKeys.add(idempotencyKey);
      return "order_" + orderId;
    }

    public final java.util.Set<String> unknownPayments =
        java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public io.mandi.payment.GatewayPayment fetchPayment(String paymentId) {
      OutsideTransactions.require("fetchPayment");
      if (unknownPayments.contains(paymentId)) {
        throw new io.mandi.payment.PaymentGatewayException("404 no such payment", null, 404);
      }
      return payments.get(paymentId);
    }

    public final List<String> refundKeys = new CopyOnWriteArrayList<>();

    @Override
    public String refund(String paymentId, java.math.BigDecimal amount, String idempotencyKey) {
      OutsideTransactions.require("refund");
      refundKeys.add(idempotencyKey);
      return "rfnd_" + paymentId;
    }

    public final List<String> transferKeys = new CopyOnWriteArrayList<>();
    public final List<String> releasedHolds = new CopyOnWriteArrayList<>();
    public final List<String> reversals = new CopyOnWriteArrayList<>();

    @Override
    public String transferOnHold(
        String paymentId, String account, java.math.BigDecimal amount, String idempotencyKey) {
      OutsideTransactions.require("transferOnHold");
      transferKeys.add(idempotencyKey);
      return "trf_" + paymentId;
    }

    @Override
    public void releaseHold(String transferId) {
      OutsideTransactions.require("releaseHold");
      releasedHolds.add(transferId);
    }

    @Override
    public String reverseTransfer(
        String transferId, java.math.BigDecimal amount, String idempotencyKey) {
      OutsideTransactions.require("reverseTransfer");
      reversals.add(transferId + ":" + amount.toPlainString());
      return "rvrsl_" + transferId;
    }

    @Override
    public String checkoutUrl(String gatewayOrderId) {
      return "http://gateway.test/checkout/" + gatewayOrderId;
    }
  }

  public static class RecordingEscrowEvents implements io.mandi.payment.EscrowEvents {
    public final List<Long> held = new CopyOnWriteArrayList<>();
    public final List<Long> received = new CopyOnWriteArrayList<>();

    @Override
    public void paymentHeld(long orderId) {
      held.add(orderId);
    }

    @Override
    public void receiptConfirmed(long orderId) {
      received.add(orderId);
    }
  }

  public static class RecordingNotifier implements Notifier {
    public final List<io.mandi.notification.OutgoingMessage> sent = new CopyOnWriteArrayList<>();
    public volatile RuntimeException failure;

    @Override
    public String send(io.mandi.notification.OutgoingMessage message) {
      if (failure != null) {
        throw failure;
      }
      sent.add(message);
      return "wamid." + sent.size();
    }
  }

  /**
   * The platform fakes call this first: no code path may call an external platform while a database
   * transaction is open (issue 7), so every core test checks it on every call.
   */
  public static final class OutsideTransactions {
    private OutsideTransactions() {}

    static void require(String call) {
      if (org.springframework.transaction.support.TransactionSynchronizationManager
          .isActualTransactionActive()) {
        throw new AssertionError(call + " was called with a database transaction open");
      }
    }
  }
}
