package io.mandi.recovery;

import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Gathers a case's facts, asks the remedy policy, and stores its decision with the rules that fired
 * and the facts they saw, so the order page can show why recovery did what it did.
 */
@Service
public class RemedyChooser {
  private final RecoveryCaseMapper cases;
  private final RecoveryMapper orders;
  private final RemedyPolicy policy;
  private final RuleRequests requests;
  private final OrderRecreation recreation;
  private final Clock clock;

  RemedyChooser(
      RecoveryCaseMapper cases,
      RecoveryMapper orders,
      RemedyPolicy policy,
      OrderRecreation recreation,
      Clock clock,
      RuleRequests requests) {
    this.requests = requests;
    this.cases = cases;
    this.orders = orders;
    this.policy = policy;
    this.recreation = recreation;
    this.clock = clock;
  }

  /**
   * Not one transaction on purpose: gathering the facts may ask a cluster's REST API whether the
   * order's instance still runs, which must not hold a database transaction open; the decision is
   * then stored by a single insert.
   */
  public RemedyDecision choose(long caseId) {
    RecoveryCase found = cases.findCase(caseId);
    if (found == null) {
      throw new IllegalArgumentException("Recovery case " + caseId + " does not exist");
    }
    RemedyFacts facts = factsOf(found);
    RemedyDecision decision = policy.decide(facts);
    requests.record(
        RuleSetName.RECOVERY_REMEDY,
        "Case #" + caseId + (found.orderId() == null ? "" : ", order #" + found.orderId()),
        facts);
    cases.insertDecision(
        new RecoveryCaseMapper.NewDecision(
            caseId,
            decision.remedy(),
            decision.explanation(),
            String.join(", ", decision.rules()),
            facts.describe(),
            clock.instant()));
    return decision;
  }

  private RemedyFacts factsOf(RecoveryCase found) {
    int earlier =
        cases.countEarlierDecisions(found.id(), found.kind(), found.orderId(), found.subject());
    int attempts = earlier + found.attempts();
    if (found.orderId() == null) {
      return new RemedyFacts(found.kind(), null, 0, BigDecimal.ZERO, attempts, null, null, false);
    }
    OrderFacts order = orders.findFacts(found.orderId());
    Instant since = order.statusSince() == null ? found.detectedAt() : order.statusSince();
    // A stuck order may be stuck because its instance is gone: on a cluster that is known only by
    // asking the engine, which is done here, for the few orders the sweep found stuck.
    RecoveryKind kind =
        found.kind() == RecoveryKind.STUCK && recreation.isLost(order)
            ? RecoveryKind.INSTANCE_LOST
            : found.kind();
    return new RemedyFacts(
        kind,
        order.status().name(),
        Math.max(0, Duration.between(since, clock.instant()).toMinutes()),
        order.totalAmount(),
        attempts,
        cases.vendorScore(order.sellerId()),
        order.escrowStatus(),
        WaitingSteps.of(order).isPresent());
  }
}
