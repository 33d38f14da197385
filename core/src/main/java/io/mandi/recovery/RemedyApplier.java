package io.mandi.recovery;

import io.mandi.notification.OrderNotificationService;
import io.mandi.settings.MandiSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies the remedy chosen for a case ({@link RemedyActions}) and records what happened; a remedy
 * that fails is tried again after a doubling back-off, and after {@link #MAX_ATTEMPTS} the case
 * goes to operations. Nothing here claims success that did not happen: the outcome stored is what
 * the remedy returned or threw.
 */
@Service
public class RemedyApplier {
  static final int MAX_ATTEMPTS = 3;
  private static final Logger log = LoggerFactory.getLogger(RemedyApplier.class);

  private final RecoveryCaseMapper cases;
  private final RemedyActions actions;
  private final RecoverySweep sweep;
  private final RecoveryMetrics metrics;
  private final OrderNotificationService notifications;
  private final String opsPhone;
  private final Clock clock;

  RemedyApplier(
      RecoveryCaseMapper cases,
      RemedyActions actions,
      RecoverySweep sweep,
      RecoveryMetrics metrics,
      OrderNotificationService notifications,
      MandiSettings settings,
      Clock clock) {
    this.cases = cases;
    this.actions = actions;
    this.sweep = sweep;
    this.metrics = metrics;
    this.notifications = notifications;
    this.opsPhone = settings.recovery().opsPhone();
    this.clock = clock;
  }

  /**
   * Applies the case's latest decision.
   *
   * @return true when a person must act (the policy said so, or recovery gave up)
   */
  public boolean apply(long caseId) {
    RecoveryCase found = cases.findCase(caseId);
    RecoveryDecision decision = cases.latestDecision(caseId);
    if (found == null || decision == null || found.status() != RecoveryCaseStatus.OPEN) {
      return false; // already handled by another run or by operations
    }
    if (decision.remedy() == Remedy.ESCALATE) {
      cases.recordOutcome(decision.id(), "APPLIED", "Handed to operations", clock.instant());
      escalate(found, decision.explanation());
      return true;
    }
    try {
      String detail =
          finalStatusOf(found)
              .map(status -> "Nothing left to do: the order is " + status)
              .orElseGet(() -> actions.apply(found, decision.remedy()));
      cases.recordOutcome(decision.id(), "APPLIED", detail, clock.instant());
      cases.close(caseId, RecoveryCaseStatus.RECOVERED, RemedyActions.RECOVERY, clock.instant());
      metrics.recovered(Duration.between(found.detectedAt(), clock.instant()));
      return false;
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      log.warn("Recovery case {}: {} failed: {}", caseId, decision.remedy(), why);
      cases.recordOutcome(decision.id(), "FAILED", why, clock.instant());
      if (found.attempts() + 1 >= MAX_ATTEMPTS) {
        escalate(found, decision.remedy().label() + " failed " + MAX_ATTEMPTS + " times: " + why);
        return true;
      }
      Duration backoff = sweep.backoff(found.attempts());
      cases.retryLater(caseId, clock.instant().plus(backoff));
      return false;
    }
  }

  /**
   * Hands the case to operations (committed first), then tells their duty phone; the inbox task
   * follows from the order-recovery model.
   */
  private void escalate(RecoveryCase found, String why) {
    cases.escalate(found.id());
    metrics.escalated();
    if (found.orderId() != null && !opsPhone.isBlank()) {
      notifications.notifyRecoveryEscalated(found.orderId(), found.id(), opsPhone, why);
    }
  }

  /** The order's status if it ended while the case waited (e.g. completed after re-creation). */
  private Optional<String> finalStatusOf(RecoveryCase found) {
    if (found.orderId() == null || found.kind() == RecoveryKind.OUTBOX_FAILING) {
      return Optional.empty(); // an outbox entry may still have to tell of a final order
    }
    return cases.finalStatusOf(found.orderId());
  }
}
