package io.mandi.dispute;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.live.MoneyEvent;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderLine;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.EscrowService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispute ladder: the buyer disputes a delivered order, the seller may offer part of the money
 * back, the buyer accepts or not, and otherwise operations decide. The decision is stored before
 * the process is told, so settling escrow reads it from the database and can be retried safely.
 */
@Service
public class DisputeService {
  static final int MAX_TEXT = 2000;

  private final DisputeMapper disputes;
  private final OrderQueryService orders;
  private final OrderStatusService statuses;
  private final LedgerService ledger;
  private final TaskInboxService inbox;
  private final DisputeNotices notices;
  private final EscrowService escrow;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final org.springframework.context.ApplicationEventPublisher events;

  DisputeService(
      DisputeMapper disputes,
      OrderQueryService orders,
      OrderStatusService statuses,
      LedgerService ledger,
      TaskInboxService inbox,
      DisputeNotices notices,
      EscrowService escrow,
      Clock clock,
      TransactionTemplate transaction,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.disputes = disputes;
    this.orders = orders;
    this.statuses = statuses;
    this.ledger = ledger;
    this.inbox = inbox;
    this.notices = notices;
    this.escrow = escrow;
    this.clock = clock;
    this.transaction = transaction;
  }

  /** The buyer disputes a delivered order inside its inspection period. */
  public void open(Actor buyer, long orderId, String reason, String evidence) {
    buyer.require(Role.BUYER);
    OrderDetails details = orders.details(buyer, orderId); // refuses other buyers' orders
    String why = text(reason, "Say what is wrong with the delivery");
    String proof = evidence == null || evidence.isBlank() ? null : text(evidence, "");
    if (details.order().status() != OrderStatus.DELIVERED || !held(orderId)) {
      throw new IllegalStateException(
          "Order "
              + orderId
              + " can be disputed only after delivery, while escrow holds the money");
    }
    statuses.requireLiveProcess(orderId);
    transaction.executeWithoutResult(
        status -> {
          Instant openedAt = clock.instant();
          if (disputes.insertDispute(orderId, buyer.username(), why, proof, openedAt) == 0) {
            throw new IllegalStateException("Order " + orderId + " already has a dispute");
          }
          statuses.dispute(orderId, buyer.username(), "Dispute: " + why);
          notices.opened(orderId, openedAt);
        });
  }

  /**
   * The seller offers part of the money back. Like every decision here, it is committed before the
   * task completes, so the process never runs ahead of what the database knows.
   */
  public void offerRefund(Actor seller, long taskId, BigDecimal amount, String comment) {
    HumanTask task = taskOf(seller, taskId, DisputeResponseTask.KIND);
    BigDecimal refund = partOfHold(task.orderId(), amount);
    Dispute current = disputes.findDispute(task.orderId());
    if (current == null
        || !(current.status() == DisputeStatus.OPEN
            || current.status() == DisputeStatus.OFFERED
                && refund.compareTo(current.offeredRefund()) == 0)) {
      throw new IllegalStateException("The dispute is no longer open for an offer");
    }
    transaction.executeWithoutResult(
        status -> {
          disputes.recordOffer(task.orderId(), refund, blankToNull(comment));
          events.publishEvent(
              new MoneyEvent(task.orderId(), MoneyEvent.Kind.REFUND_OFFERED, refund));
          inbox.completeChecked(
              seller, task, new TaskDecision(DisputeResponseTask.OFFER_REFUND, comment));
        });
  }

  /** The seller rejects the dispute; operations will decide. */
  public void contest(Actor seller, long taskId, String reason) {
    HumanTask task = taskOf(seller, taskId, DisputeResponseTask.KIND);
    String why = text(reason, "Say why you contest the dispute");
    transaction.executeWithoutResult(
        status -> {
          disputes.toMediation(task.orderId(), DisputeStatus.OPEN, why);
          inbox.completeChecked(seller, task, new TaskDecision(DisputeResponseTask.CONTEST, why));
        });
  }

  /** The buyer accepts or rejects the seller's offer; the process hears of it after commit. */
  public void answerOffer(Actor buyer, long orderId, boolean accept) {
    buyer.require(Role.BUYER);
    orders.details(buyer, orderId);
    Dispute dispute = disputes.findDispute(orderId);
    if (dispute == null || dispute.status() != DisputeStatus.OFFERED) {
      throw new IllegalStateException("Order " + orderId + " has no refund offer to answer");
    }
    statuses.requireLiveProcess(orderId);
    transaction.executeWithoutResult(
        status -> {
          if (accept) {
            disputes.decide(
                orderId,
                Resolution.SPLIT,
                dispute.offeredRefund(),
                buyer.username(),
                "Buyer accepted the seller's offer",
                null);
            events.publishEvent(
                new MoneyEvent(orderId, MoneyEvent.Kind.DISPUTE_DECIDED, dispute.offeredRefund()));
          } else {
            disputes.toMediation(orderId, DisputeStatus.OFFERED, null);
          }
          notices.offerAnswered(orderId, accept);
        });
  }

  /** Operations decide: all to the seller, all back to the buyer, or a split. */
  public void mediate(
      Actor ops, long taskId, Resolution resolution, BigDecimal refundAmount, String comment) {
    ops.require(Role.OPS);
    HumanTask task = taskOf(ops, taskId, DisputeMediationTask.KIND);
    String why = text(comment, "Explain the decision to both parties");
    if (resolution == null) {
      throw new IllegalArgumentException("Choose a decision");
    }
    BigDecimal refund =
        resolution == Resolution.SPLIT ? partOfHold(task.orderId(), refundAmount) : null;
    decide(ops, task, resolution, refund, why, null);
  }

  /**
   * Operations decide by order line: the chosen lines go back to the buyer and the rest is released
   * to the seller (all lines: a full refund).
   */
  public void mediateByLines(Actor ops, long taskId, Set<Integer> refundLines, String comment) {
    ops.require(Role.OPS);
    HumanTask task = taskOf(ops, taskId, DisputeMediationTask.KIND);
    String why = text(comment, "Explain the decision to both parties");
    List<OrderLine> lines = orders.details(ops, task.orderId()).lines();
    if (refundLines == null
        || refundLines.isEmpty()
        || !lines.stream().map(OrderLine::lineNo).toList().containsAll(refundLines)) {
      throw new IllegalArgumentException("Choose the order lines that go back to the buyer");
    }
    BigDecimal refund =
        lines.stream()
            .filter(line -> refundLines.contains(line.lineNo()))
            .map(OrderLine::lineAmount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    String chosen =
        refundLines.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    if (refundLines.size() == lines.size()) {
      decide(ops, task, Resolution.REFUND, null, why, chosen);
    } else {
      decide(ops, task, Resolution.SPLIT, partOfHold(task.orderId(), refund), why, chosen);
    }
  }

  private void decide(
      Actor ops,
      HumanTask task,
      Resolution resolution,
      BigDecimal refund,
      String why,
      String refundedLines) {
    String outcome =
        switch (resolution) {
          case RELEASE -> DisputeMediationTask.RELEASE_TO_SELLER;
          case REFUND -> DisputeMediationTask.REFUND_BUYER;
          case SPLIT -> DisputeMediationTask.SPLIT;
        };
    // the decision and the task's completion commit together; the engine hears after commit
    transaction.executeWithoutResult(
        status -> {
          if (disputes.decide(
                  task.orderId(), resolution, refund, ops.username(), why, refundedLines)
              == 0) {
            throw new IllegalStateException("The dispute was already decided");
          }
          events.publishEvent(
              new MoneyEvent(
                  task.orderId(),
                  MoneyEvent.Kind.DISPUTE_DECIDED,
                  resolution == Resolution.REFUND
                      ? ledger.hold(task.orderId()).amount()
                      : refund == null ? BigDecimal.ZERO : refund));
          inbox.completeChecked(ops, task, new TaskDecision(outcome, why));
        });
  }

  public Dispute dispute(Actor actor, long orderId) {
    orders.details(actor, orderId);
    return disputes.findDispute(orderId);
  }

  /**
   * Settles escrow as decided; every money step is idempotent, so a retry is harmless. No
   * transaction is open here: escrow commits its claim before the gateway moves money.
   */
  public Resolution settle(long orderId) {
    Dispute dispute = disputes.findDispute(orderId);
    if (dispute == null || dispute.resolution() == null) {
      throw new IllegalStateException("The dispute of order " + orderId + " is not decided");
    }
    switch (dispute.resolution()) {
      case RELEASE -> escrow.release(orderId, "Dispute decided for the seller");
      case REFUND -> escrow.refundInFull(orderId);
      case SPLIT -> escrow.split(orderId, dispute.refundAmount());
    }
    disputes.resolve(orderId, clock.instant());
    return dispute.resolution();
  }

  private HumanTask taskOf(Actor actor, long taskId, String kind) {
    HumanTask task = inbox.task(actor, taskId);
    if (!kind.equals(task.kind()) || task.orderId() == null) {
      throw new IllegalArgumentException(
          "Task " + taskId + " is not a \"" + inbox.kindOf(task).title() + "\"");
    }
    return task;
  }

  private BigDecimal partOfHold(long orderId, BigDecimal amount) {
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      throw new IllegalStateException("Order " + orderId + " has no money held in escrow");
    }
    if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
      throw new IllegalArgumentException("Enter a refund in rupees and paise, more than 0");
    }
    if (amount.compareTo(hold.amount()) >= 0) {
      throw new IllegalArgumentException(
          "A partial refund must be less than the ₹" + hold.amount() + " held");
    }
    return amount;
  }

  private boolean held(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold != null && hold.status() == EscrowStatus.HELD;
  }

  private static String text(String value, String missing) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException(missing);
    }
    if (stripped.length() > MAX_TEXT) {
      throw new IllegalArgumentException("At most " + MAX_TEXT + " characters, please");
    }
    return stripped;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
