package io.mandi.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.CoreTestApplication.RecordingResumer;
import io.mandi.CoreTestApplication.RecordingRetrier;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recovery steps on a real PostgreSQL: what the sweep finds, the decision stored with its
 * explanation, each remedy applied once, and a case handed to operations after three failures. (The
 * real rules are tested in the rules module; the test policy here re-creates lost orders, retries
 * failed steps and escalates stuck orders.)
 */
@CoreTest
class RecoveryTest {
  @Autowired OrderPlacementService placement;
  @Autowired OrderStatusService statuses;
  @Autowired AccountService accounts;
  @Autowired CatalogOnboarding onboarding;
  @Autowired RecoverySweep sweep;
  @Autowired RemedyChooser chooser;
  @Autowired RemedyApplier applier;
  @Autowired RecoveryCases cases;
  @Autowired JobFailureLog failures;
  @Autowired RecordingResumer resumer;
  @Autowired RecordingRetrier retrier;
  @Autowired io.mandi.CoreTestApplication.RecordingNotifier notifier;
  @Autowired JdbcTemplate jdbc;

  Actor buyer;
  long product;
  long offer;

  @BeforeEach
  void setUp() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accounts);
    buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    product = fixture.product(fixture.category(), "Brass Diya");
    offer = fixture.offer(seller, product, 1, 100, new BigDecimal("250.00"));
  }

  @AfterEach
  void healResumer() {
    resumer.failure = null;
  }

  @Test
  void aLostOrderIsRecreatedAtItsStepOnceAndTheDecisionIsKeptWithItsExplanation() {
    long order = place();
    statuses.awaitCreditApproval(order, "over the limit");
    lose(order);

    sweep.detect();
    long caseId = caseOf("INSTANCE_LOST", order);
    assertThat(sweep.takeDueCases()).contains(caseId);
    assertThat(chooser.choose(caseId).remedy()).isEqualTo(Remedy.RECREATE_INSTANCE);
    assertThat(applier.apply(caseId)).as("no person needed").isFalse();

    assertThat(resumer.resumed)
        .filteredOn(r -> r.order().orderId() == order)
        .singleElement()
        .satisfies(r -> assertThat(r.step()).isEqualTo(WaitingStep.CREDIT_APPROVAL));
    assertThat(engineRunOf(order)).isEqualTo("core-tests");
    assertThat(cases.decisionsOfOrder(order))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.remedy()).isEqualTo(Remedy.RECREATE_INSTANCE);
              assertThat(d.outcome()).isEqualTo("APPLIED");
              assertThat(d.outcomeDetail()).contains("CREDIT_APPROVAL");
              assertThat(d.rules()).isEqualTo("test-rule");
              assertThat(d.facts())
                  .contains("found: instance lost")
                  .contains("AWAITING_CREDIT_APPROVAL");
            });

    sweep.detect();
    assertThat(applier.apply(caseId)).as("a closed case is not applied again").isFalse();
    assertThat(resumer.resumed).filteredOn(r -> r.order().orderId() == order).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from recovery_case where order_id = ?", Integer.class, order))
        .as("a running order is not lost again")
        .isEqualTo(1);
  }

  @Test
  void aStepThatFailedForTheLastTimeIsRetriedInPlace() {
    long order = place();
    long jobKey = 700_000 + order;
    failedForTheLastTime(
        jobKey, "shipment-book", "Task_BookShipment", "core-tests", order, "courier down");

    sweep.detect();
    long caseId = caseOf("JOB_FAILED", order);
    assertThat(chooser.choose(caseId).remedy()).isEqualTo(Remedy.RETRY);
    assertThat(applier.apply(caseId)).isFalse();

    assertThat(retrier.retried)
        .filteredOn(f -> f.jobKey() == jobKey)
        .singleElement()
        .satisfies(f -> assertThat(f.elementInstanceKey()).isEqualTo(6L));
    assertThat(statusOf(caseId)).isEqualTo("RECOVERED");
  }

  @Test
  void aCaseWhoseOrderEndedMeanwhileIsClosedWithNothingDone() {
    long order = place();
    long jobKey = 750_000 + order;
    failedForTheLastTime(
        jobKey, "shipment-book", "Task_BookShipment", "core-tests", order, "courier down");
    sweep.detect();
    long caseId = caseOf("JOB_FAILED", order);
    chooser.choose(caseId);
    jdbc.update("update purchase_order set status = 'CANCELLED' where id = ?", order);

    assertThat(applier.apply(caseId)).isFalse();
    assertThat(statusOf(caseId)).isEqualTo("RECOVERED");
    assertThat(retrier.retried).noneMatch(f -> f.jobKey() == jobKey);
    assertThat(cases.decisionsOfOrder(order).getFirst().outcomeDetail())
        .isEqualTo("Nothing left to do: the order is CANCELLED");
  }

  @Test
  void aStepThatFailedInAnEngineRunThatIsGoneIsNotRetriedInPlace() {
    long order = place();
    failures.record(
        new JobFailure(
            800_000 + order,
            "escrow-request-payment",
            5L,
            "Task_RequestPayment",
            6L,
            "old-run",
            order,
            0,
            "gateway down",
            Instant.now()));

    sweep.detect();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from recovery_case where kind = 'JOB_FAILED' and order_id = ?",
                Integer.class,
                order))
        .as("its instance went with that run: re-creating the order runs the step again")
        .isZero();
  }

  @Test
  void aRemedyThatKeepsFailingIsTriedThreeTimesThenOperationsAreAskedAndCanCloseIt() {
    long order = place();
    statuses.awaitAcceptance(order, "system");
    lose(order);
    resumer.failure = new IllegalStateException("engine unavailable");

    sweep.detect();
    long caseId = caseOf("INSTANCE_LOST", order);
    for (int attempt = 1; attempt <= 2; attempt++) {
      chooser.choose(caseId);
      assertThat(applier.apply(caseId)).as("attempt %d: tried again later", attempt).isFalse();
      assertThat(statusOf(caseId)).isEqualTo("OPEN");
      assertThat(
              jdbc.queryForObject(
                  "select next_attempt_at > now() from recovery_case where id = ?",
                  Boolean.class,
                  caseId))
          .as("after a back-off")
          .isTrue();
    }
    chooser.choose(caseId);
    assertThat(applier.apply(caseId)).as("third failure: a person must act").isTrue();
    assertThat(statusOf(caseId)).isEqualTo("ESCALATED");
    assertThat(notifier.sent)
        .as("operations' duty phone is told once, with the order and why")
        .filteredOn(m -> m.template().equals("recovery_escalated"))
        .filteredOn(m -> m.bodyParameters().getFirst().equals(String.valueOf(order)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.recipientPhone()).isEqualTo("+919800000001");
              assertThat(m.bodyParameters().get(1)).contains("engine unavailable");
            });
    assertThat(engineRunOf(order)).as("the claim was given back: still lost").isEqualTo("old-run");
    assertThat(cases.decisionsOfOrder(order))
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.outcome()).isEqualTo("FAILED"))
        .allSatisfy(d -> assertThat(d.outcomeDetail()).contains("engine unavailable"));

    // The engine restarts: the operations task opened by the lost run's order-recovery instance
    // must be opened again, so the case is taken on again (and escalates again).
    jdbc.update(
        "insert into human_task (engine_run, element_instance_key, job_key, process_instance_key,"
            + " bpmn_process_id, kind, candidate_group, order_id, status, created_at)"
            + " values ('old-run', ?, ?, 1, 'order-recovery', 'RECOVERY_CASE', 'ops', ?, 'OPEN',"
            + " now())",
        900_000 + order,
        900_000 + order,
        order);
    sweep.detect();
    assertThat(statusOf(caseId)).as("taken on again after the restart").isEqualTo("OPEN");
    chooser.choose(caseId);
    assertThat(applier.apply(caseId)).as("tried three times: escalated again").isTrue();
    assertThat(notifier.sent)
        .filteredOn(m -> m.template().equals("recovery_escalated"))
        .filteredOn(m -> m.bodyParameters().getFirst().equals(String.valueOf(order)))
        .as("operations were told once")
        .hasSize(1);

    assertThat(cases.resolve(new Actor("ops1", Role.OPS, null, null), order)).isEqualTo(1);
    assertThat(statusOf(caseId)).isEqualTo("RESOLVED");
  }

  @Test
  void anOrderStuckPastItsStatusSlaIsFoundAndGoesToOperations() {
    long order = place();
    statuses.awaitAcceptance(order, "system");
    jdbc.update(
        "update purchase_order set updated_at = now() - interval '10 days', engine_run = ?"
            + " where id = ?",
        "core-tests",
        order);

    sweep.detect();
    long caseId = caseOf("STUCK", order);
    assertThat(chooser.choose(caseId).remedy()).isEqualTo(Remedy.ESCALATE);
    assertThat(applier.apply(caseId)).isTrue();
    assertThat(statusOf(caseId)).isEqualTo("ESCALATED");
    assertThat(cases.openEscalations()).isPositive();
  }

  /** Records a step's last failed attempt, as the workers' failure handling does. */
  private void failedForTheLastTime(
      long jobKey, String jobType, String elementId, String engineRun, long order, String error) {
    failures.record(
        new JobFailure(
            jobKey, jobType, 5L, elementId, 6L, engineRun, order, 0, error, Instant.now()));
  }

  private long place() {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 2))))
        .getFirst()
        .id();
  }

  /** As if an earlier engine run had started the order's process and then stopped. */
  private void lose(long order) {
    jdbc.update(
        "update purchase_order set engine_run = 'old-run', process_instance_key = 4 where id = ?",
        order);
  }

  private long caseOf(String kind, long order) {
    return jdbc.queryForObject(
        "select id from recovery_case where kind = ? and order_id = ?", Long.class, kind, order);
  }

  private String statusOf(long caseId) {
    return jdbc.queryForObject(
        "select status from recovery_case where id = ?", String.class, caseId);
  }

  private String engineRunOf(long order) {
    return jdbc.queryForObject(
        "select engine_run from purchase_order where id = ?", String.class, order);
  }
}
