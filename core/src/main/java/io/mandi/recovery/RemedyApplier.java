package io.mandi.recovery;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.CancellationService;
import io.mandi.outbox.OutboxMonitor;
import io.mandi.settings.MandiSettings;
import io.mandi.task.EngineRun;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Applies the remedy chosen for a case and records what happened. Each remedy goes through the same
 * service a person would use (so its own checks and its commit-then-tell hold); a remedy that fails
 * is tried again after a doubling back-off, and after {@link #MAX_ATTEMPTS} the case goes to
 * operations. Nothing here claims success that did not happen: the outcome stored is what the
 * remedy returned or threw.
 */
@Service
public class RemedyApplier {
  static final int MAX_ATTEMPTS = 3;
  static final String RECOVERY = "recovery";
  private static final Logger log = LoggerFactory.getLogger(RemedyApplier.class);

  private final RecoveryCaseMapper cases;
  private final OrderRecreation recreation;
  private final JobFailureLog failures;
  private final JobRetrier retrier;
  private final OutboxMonitor outbox;
  private final TaskInboxService inbox;
  private final CancellationService cancellations;
  private final RecoverySweep sweep;
  private final RecoveryMetrics metrics;
  private final OrderNotificationService notifications;
  private final String opsPhone;
  private final EngineRun currentRun;
  private final Clock clock;

  RemedyApplier(
      RecoveryCaseMapper cases,
      OrderRecreation recreation,
      JobFailureLog failures,
      JobRetrier retrier,
      OutboxMonitor outbox,
      TaskInboxService inbox,
      CancellationService cancellations,
      RecoverySweep sweep,
      RecoveryMetrics metrics,
      OrderNotificationService notifications,
      MandiSettings settings,
      EngineRun currentRun,
      Clock clock) {
    this.currentRun = currentRun;
    this.notifications = notifications;
    this.opsPhone = settings.recovery().opsPhone();
    this.cases = cases;
    this.recreation = recreation;
    this.failures = failures;
    this.retrier = retrier;
    this.outbox = outbox;
    this.inbox = inbox;
    this.cancellations = cancellations;
    this.sweep = sweep;
    this.metrics = metrics;
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
              .orElseGet(() -> applyRemedy(found, decision.remedy()));
      cases.recordOutcome(decision.id(), "APPLIED", detail, clock.instant());
      cases.close(caseId, RecoveryCaseStatus.RECOVERED, RECOVERY, clock.instant());
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

  private String applyRemedy(RecoveryCase found, Remedy remedy) {
    return switch (remedy) {
      case RECREATE_INSTANCE -> recreate(requireOrder(found));
      case RETRY -> retry(found);
      case REASSIGN_VENDOR -> reassign(requireOrder(found));
      case EXTEND_DEADLINE -> extend(requireOrder(found));
      case CANCEL_AND_REFUND -> cancel(requireOrder(found), found.detail());
      case ESCALATE -> throw new IllegalStateException("escalation is not applied here");
    };
  }

  /** The order's status if it ended while the case waited (e.g. completed after re-creation). */
  private Optional<String> finalStatusOf(RecoveryCase found) {
    if (found.orderId() == null || found.kind() == RecoveryKind.OUTBOX_FAILING) {
      return Optional.empty(); // an outbox entry may still have to tell of a final order
    }
    return cases.finalStatusOf(found.orderId());
  }

  private String recreate(long orderId) {
    return recreation
        .recreate(orderId)
        .map(step -> "Workflow restarted at step " + step)
        .orElse("Nothing to restart: the order's workflow runs or the order is final");
  }

  private String retry(RecoveryCase found) {
    return switch (found.kind()) {
      case JOB_FAILED -> {
        long jobKey = Long.parseLong(found.subject().substring("job-".length()));
        JobFailure failure =
            failures
                .lastOf(jobKey)
                .orElseThrow(() -> new IllegalStateException("No failure recorded for " + jobKey));
        if (failure.engineRun() == null
            || !currentRun.keepsWhatWasStartedBy(new EngineRun(failure.engineRun()))) {
          // The failed step's instance went with its engine run: the order is lost, and
          // re-creating it at its recorded step runs the step again.
          yield recreate(requireOrder(found));
        }
        retrier.retry(failure);
        yield "Step " + failure.elementId() + " started again";
      }
      case OUTBOX_FAILING -> {
        long entryId = Long.parseLong(found.subject().substring("outbox-".length()));
        if (!outbox.replay(systemOps(), entryId)) {
          throw new IllegalStateException("Outbox entry " + entryId + " failed again");
        }
        yield "Outbox entry " + entryId + " delivered";
      }
      case STUCK, INSTANCE_LOST -> recreate(requireOrder(found));
    };
  }

  private String reassign(long orderId) {
    HumanTask packing =
        inbox.tasksOfOrder(orderId).stream()
            .filter(t -> t.status() == TaskStatus.OPEN && ReadyToShipTask.KIND.equals(t.kind()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("Order " + orderId + " has no packing task open"));
    Actor seller = new Actor(RECOVERY, Role.SELLER, null, sellerOf(packing));
    inbox.decide(
        seller,
        packing.id(),
        TaskInput.of(
            ReadyToShipTask.CANNOT_SHIP,
            "Not packed within the dispatch SLA: recovery reassigned the order"));
    return "Seller released; the order is offered to another vendor";
  }

  private String extend(long orderId) {
    OrderFacts order = recreationFacts(orderId);
    Instant until = clock.instant().plus(sweep.slaOf(order.status()));
    cases.extendDeadline(orderId, until);
    return "Deadline extended to " + until;
  }

  private String cancel(long orderId, String why) {
    cancellations.requestCancellation(
        systemOps(), orderId, "Cancelled by recovery: " + why + "; anything paid is refunded");
    return "Cancellation requested; the workflow refunds what escrow holds";
  }

  private OrderFacts recreationFacts(long orderId) {
    return recreation
        .resumptionOf(orderId)
        .map(Resumption::order)
        .orElseThrow(() -> new IllegalStateException("Order " + orderId + " is final"));
  }

  private static long sellerOf(HumanTask task) {
    String group = task.candidateGroup();
    return Long.parseLong(group.substring(group.lastIndexOf('-') + 1));
  }

  private static long requireOrder(RecoveryCase found) {
    return Optional.ofNullable(found.orderId())
        .orElseThrow(() -> new IllegalStateException("Case " + found.id() + " names no order"));
  }

  private static Actor systemOps() {
    return new Actor(RECOVERY, Role.OPS, null, null);
  }
}
