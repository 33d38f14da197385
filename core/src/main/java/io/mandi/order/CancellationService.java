package io.mandi.order;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancelling an order and undoing what was done: money held in escrow goes back to the buyer
 * through the gateway, reserved stock returns, and open tasks close.
 */
@Service
public class CancellationService {
  /** A buyer may cancel until the order is finished; operations may cancel at any time before. */
  static final Set<OrderStatus> CANCELLABLE =
      EnumSet.of(
          OrderStatus.PLACED,
          OrderStatus.AWAITING_CREDIT_APPROVAL,
          OrderStatus.AWAITING_ACCEPTANCE,
          OrderStatus.CONFIRMED);

  private final OrderQueryService orders;
  private final OrderStatusService statuses;
  private final OrderProcessGateway process;
  private final LedgerService ledger;
  private final PaymentService payments;
  private final PaymentGateway gateway;
  private final TaskInboxService inbox;

  public CancellationService(
      OrderQueryService orders,
      OrderStatusService statuses,
      OrderProcessGateway process,
      LedgerService ledger,
      PaymentService payments,
      PaymentGateway gateway,
      TaskInboxService inbox) {
    this.orders = orders;
    this.statuses = statuses;
    this.process = process;
    this.ledger = ledger;
    this.payments = payments;
    this.gateway = gateway;
    this.inbox = inbox;
  }

  public static String refundKey(long orderId) {
    return "escrow-refund-order-" + orderId;
  }

  public boolean mayCancel(Actor actor, Order order) {
    return (actor.role() == Role.BUYER || actor.role() == Role.OPS)
        && CANCELLABLE.contains(order.status());
  }

  /** The buyer (its own orders) or operations ask to cancel; the order's process does the rest. */
  public void requestCancellation(Actor actor, long orderId, String reason) {
    if (actor.role() != Role.BUYER && actor.role() != Role.OPS) {
      throw new NotAllowedException(actor.username() + " may not cancel orders");
    }
    Order order = orders.details(actor, orderId).order(); // a buyer sees only its own orders
    if (!CANCELLABLE.contains(order.status())) {
      throw new IllegalStateException(
          "Order " + orderId + " is " + order.status() + " and can no longer be cancelled");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new IllegalArgumentException("Say why the order is cancelled");
    }
    process.cancellationRequested(orderId, actor.username(), why);
  }

  /** Undoes the order; every step is idempotent, so a retried job is harmless. */
  @Transactional
  public void compensate(long orderId, String by, String reason) {
    Order order = statuses.order(orderId);
    EscrowHold hold = ledger.hold(orderId);
    if (hold != null && hold.status() == EscrowStatus.HELD) {
      PaymentIntent intent = payments.intent(orderId);
      gateway.refund(intent.paymentId(), hold.amount(), refundKey(orderId));
      ledger.refund(orderId, order.buyerId(), refundKey(orderId));
    }
    for (TaskKind kind : TaskKind.values()) {
      inbox.cancelOpenTasks(orderId, kind, "Order cancelled: " + reason);
    }
    statuses.cancel(orderId, by, "Cancelled by " + by + ": " + reason);
  }
}
