package io.mandi.recovery;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What operations see of recovery and how they close what it handed them. */
@Service
public class RecoveryCases {
  private final RecoveryCaseMapper cases;
  private final Clock clock;

  RecoveryCases(RecoveryCaseMapper cases, Clock clock) {
    this.cases = cases;
    this.clock = clock;
  }

  /** The remedies chosen for the order, newest first, with their explanations and outcomes. */
  public List<RecoveryDecision> decisionsOfOrder(long orderId) {
    return cases.decisionsOfOrder(orderId);
  }

  /** The order a case is about, or null. */
  public Long orderOf(long caseId) {
    RecoveryCase found = cases.findCase(caseId);
    return found == null ? null : found.orderId();
  }

  /** Newest cases, of one status or all, of one order or all. */
  public List<RecoveryCase> cases(RecoveryCaseStatus status, Long orderId, int limit) {
    return cases.findCases(status, orderId, Math.max(1, Math.min(limit, 500)));
  }

  /** Cases per kind and status, e.g. {@code {kind=STUCK, status=RECOVERED, cases=3}}. */
  public List<Map<String, Object>> counts() {
    return cases.countByStatus();
  }

  public long openEscalations() {
    return cases.countEscalated();
  }

  public long failingOutboxEntries() {
    return cases.countFailingOutbox();
  }

  /** Operations fixed the order's escalated cases by hand. */
  @Transactional
  public int resolve(Actor actor, Long orderId) {
    requireOps(actor);
    return cases.resolveEscalated(
        orderId, RecoveryCaseStatus.RESOLVED, actor.username(), clock.instant());
  }

  /** Operations ask recovery to try the order's escalated cases again at its next run. */
  @Transactional
  public int retry(Actor actor, Long orderId) {
    requireOps(actor);
    return cases.reopenEscalated(orderId, clock.instant());
  }

  private static void requireOps(Actor actor) {
    if (actor.role() != Role.OPS && actor.role() != Role.ADMIN) {
      throw new io.mandi.account.NotAllowedException(
          actor.username() + " may not close recovery cases");
    }
  }
}
