package io.mandi.recovery;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.order.CancellationService;
import io.mandi.outbox.OutboxMonitor;
import io.mandi.task.EngineRun;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Carries out one remedy on a case through the same service a person would use, so that its own
 * checks and its commit-then-tell hold. Returns what was done in words, or throws when it could not
 * be done; {@link RemedyApplier} records either.
 */
@Component
class RemedyActions {
  static final String RECOVERY = "recovery";

  private final RecoveryCaseMapper cases;
  private final OrderRecreation recreation;
  private final JobFailureLog failures;
  private final JobRetrier retrier;
  private final OutboxMonitor outbox;
  private final TaskInboxService inbox;
  private final CancellationService cancellations;
  private final RecoverySweep sweep;
  private final EngineRun currentRun;
  private final Clock clock;

  RemedyActions(
      RecoveryCaseMapper cases,
      OrderRecreation recreation,
      JobFailureLog failures,
      JobRetrier retrier,
      OutboxMonitor outbox,
      TaskInboxService inbox,
      CancellationService cancellations,
      RecoverySweep sweep,
      EngineRun currentRun,
      Clock clock) {
    this.cases = cases;
    this.recreation = recreation;
    this.failures = failures;
    this.retrier = retrier;
    this.outbox = outbox;
    this.inbox = inbox;
    this.cancellations = cancellations;
    this.sweep = sweep;
    this.currentRun = currentRun;
    this.clock = clock;
  }

  /** Does the remedy; returns what was done, or throws when it could not be done. */
  String apply(RecoveryCase found, Remedy remedy) {
    return switch (remedy) {
      case RECREATE_INSTANCE -> recreate(requireOrder(found));
      case RETRY -> retry(found);
      case REASSIGN_VENDOR -> reassign(requireOrder(found));
      case EXTEND_DEADLINE -> extend(requireOrder(found));
      case CANCEL_AND_REFUND -> cancel(requireOrder(found), found.detail());
      case ESCALATE -> throw new IllegalStateException("escalation is not applied here");
    };
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
    return reassign(orderId, "Not packed within the dispatch SLA: recovery reassigned the order");
  }

  /** Releases the seller of an order waiting to be packed; the order goes to another vendor. */
  String reassign(long orderId, String note) {
    HumanTask packing =
        inbox.tasksOfOrder(orderId).stream()
            .filter(t -> t.status() == TaskStatus.OPEN && ReadyToShipTask.KIND.equals(t.kind()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalStateException("Order " + orderId + " has no packing task open"));
    Actor seller = new Actor(RECOVERY, Role.SELLER, null, sellerOf(packing));
    inbox.decide(seller, packing.id(), TaskInput.of(ReadyToShipTask.CANNOT_SHIP, note));
    return "Seller released; the order is offered to another vendor";
  }

  /** Gives the order its status's SLA again before recovery looks at it. */
  String extend(long orderId) {
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
