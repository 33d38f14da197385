package io.mandi.recovery.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.recovery.RecoveryKind;
import io.mandi.recovery.Remedy;
import io.mandi.recovery.RemedyDecision;
import io.mandi.recovery.RemedyFacts;
import io.mandi.ruleset.rules.ShippedRules;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Each remedy path of remedy.drl, and the explanation kept with it. */
class DroolsRemedyPolicyTest {
  private final DroolsRemedyPolicy policy = new DroolsRemedyPolicy(ShippedRules.source());

  @Test
  void aLostWorkflowIsRestartedAtItsStep() {
    RemedyDecision decision = policy.decide(facts(RecoveryKind.INSTANCE_LOST, "SHIPPED", 0, true));
    assertThat(decision.remedy()).isEqualTo(Remedy.RECREATE_INSTANCE);
    assertThat(decision.rules()).first().isEqualTo("Lost workflow: restart it at its step");
    assertThat(decision.explanation()).contains("SHIPPED");
  }

  @Test
  void aLostWorkflowWithNoStepGoesToOperations() {
    RemedyDecision decision =
        policy.decide(facts(RecoveryKind.INSTANCE_LOST, "AWAITING_ACCEPTANCE", 0, false));
    assertThat(decision.remedy()).isEqualTo(Remedy.ESCALATE);
  }

  @Test
  void aFailedStepIsRetriedUntilThreeAttemptsThenOperationsDecide() {
    assertThat(policy.decide(facts(RecoveryKind.JOB_FAILED, "CONFIRMED", 2, true)).remedy())
        .isEqualTo(Remedy.RETRY);
    RemedyDecision fourth = policy.decide(facts(RecoveryKind.JOB_FAILED, "CONFIRMED", 3, true));
    assertThat(fourth.remedy()).isEqualTo(Remedy.ESCALATE);
    assertThat(fourth.rules())
        .as("every rule that fired is kept, the deciding one first")
        .startsWith("Tried three times: operations decide")
        .contains("Step failed for the last time: retry it after a back-off");
  }

  @Test
  void aFailingOutboxEntryIsSentAgain() {
    assertThat(policy.decide(facts(RecoveryKind.OUTBOX_FAILING, null, 0, false)).remedy())
        .isEqualTo(Remedy.RETRY);
  }

  @Test
  void aPaidOrderNotPackedGoesToAnotherVendorUnlessItsVendorIsReliable() {
    RemedyFacts unreliable =
        new RemedyFacts(
            RecoveryKind.STUCK,
            "CONFIRMED",
            7200,
            new BigDecimal("5000"),
            0,
            new BigDecimal("60"),
            "HELD",
            true);
    assertThat(policy.decide(unreliable).remedy()).isEqualTo(Remedy.REASSIGN_VENDOR);

    RemedyFacts reliable =
        new RemedyFacts(
            RecoveryKind.STUCK,
            "CONFIRMED",
            7200,
            new BigDecimal("5000"),
            0,
            new BigDecimal("95"),
            "HELD",
            true);
    assertThat(policy.decide(reliable).remedy()).isEqualTo(Remedy.EXTEND_DEADLINE);

    RemedyFacts reliableAgain =
        new RemedyFacts(
            RecoveryKind.STUCK,
            "CONFIRMED",
            9000,
            new BigDecimal("5000"),
            1,
            new BigDecimal("95"),
            "HELD",
            true);
    assertThat(policy.decide(reliableAgain).remedy())
        .as("the deadline is extended once")
        .isEqualTo(Remedy.REASSIGN_VENDOR);
  }

  @Test
  void anUnpaidOrderIsCancelledUnlessItIsWorthALot() {
    RemedyFacts small =
        new RemedyFacts(
            RecoveryKind.STUCK, "CONFIRMED", 7200, new BigDecimal("5000"), 0, null, null, true);
    assertThat(policy.decide(small).remedy()).isEqualTo(Remedy.CANCEL_AND_REFUND);

    RemedyFacts large =
        new RemedyFacts(
            RecoveryKind.STUCK, "CONFIRMED", 7200, new BigDecimal("250000"), 0, null, null, true);
    RemedyDecision decision = policy.decide(large);
    assertThat(decision.remedy()).isEqualTo(Remedy.ESCALATE);
    assertThat(decision.explanation()).contains("250000");
  }

  @Test
  void anOrderWaitingOnAPersonGetsOneMoreSlaThenOperationsDecide() {
    assertThat(policy.decide(facts(RecoveryKind.STUCK, "AWAITING_ACCEPTANCE", 0, true)).remedy())
        .isEqualTo(Remedy.EXTEND_DEADLINE);
    assertThat(policy.decide(facts(RecoveryKind.STUCK, "AWAITING_ACCEPTANCE", 1, true)).remedy())
        .isEqualTo(Remedy.ESCALATE);
  }

  @Test
  void aStuckShipmentHasNoAutomaticRemedy() {
    RemedyDecision decision = policy.decide(facts(RecoveryKind.STUCK, "SHIPPED", 0, true));
    assertThat(decision.remedy()).isEqualTo(Remedy.ESCALATE);
    assertThat(decision.rules()).containsExactly("No automatic remedy: operations decide");
  }

  private static RemedyFacts facts(
      RecoveryKind kind, String status, int attempts, boolean canRecreate) {
    return new RemedyFacts(
        kind,
        status,
        600,
        new BigDecimal("1824"),
        attempts,
        new BigDecimal("80"),
        "HELD",
        canRecreate);
  }
}
