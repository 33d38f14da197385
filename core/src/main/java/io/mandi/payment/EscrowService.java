package io.mandi.payment;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.order.Order;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to money held in escrow: released to the seller less commission, refunded to the
 * buyer through the gateway, or split. Each movement has a fixed idempotency key per order, so a
 * retried job neither pays nor refunds twice.
 */
@Service
public class EscrowService {
  /** The buyer can confirm receipt once the goods are on their way. */
  static final Set<OrderStatus> RECEIVABLE = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED);

  private final OrderQueryService orders;
  private final OrderStatusService statuses;
  private final LedgerService ledger;
  private final PaymentService payments;
  private final PaymentGateway gateway;
  private final EscrowEvents events;
  private final BigDecimal commissionRate;

  public EscrowService(
      OrderQueryService orders,
      OrderStatusService statuses,
      LedgerService ledger,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowEvents events,
      @Value("${mandi.escrow.commission-rate:0.05}") BigDecimal commissionRate) {
    this.orders = orders;
    this.statuses = statuses;
    this.ledger = ledger;
    this.payments = payments;
    this.gateway = gateway;
    this.events = events;
    this.commissionRate = commissionRate;
  }

  public static String releaseKey(long orderId) {
    return "escrow-release-order-" + orderId;
  }

  public static String refundKey(long orderId) {
    return "escrow-refund-order-" + orderId;
  }

  public static String splitKey(long orderId) {
    return "escrow-split-order-" + orderId;
  }

  /** The buyer says the goods arrived; the escrow process then pays the seller. */
  public void confirmReceipt(Actor buyer, long orderId) {
    buyer.require(Role.BUYER);
    OrderDetails details = orders.details(buyer, orderId); // refuses other buyers' orders
    if (!RECEIVABLE.contains(details.order().status()) || !isHeld(orderId)) {
      throw new IllegalStateException(
          "Order " + orderId + " has no shipped goods with payment held in escrow");
    }
    events.receiptConfirmed(orderId);
  }

  public boolean isHeld(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold != null && hold.status() == EscrowStatus.HELD;
  }

  /** Pays the seller what is held, less commission; safe to repeat. */
  @Transactional
  public void release(long orderId, String reason) {
    Order order = statuses.order(orderId);
    ledger.release(
        orderId, order.sellerId(), commissionRate, releaseKey(orderId), "Released: " + reason);
  }

  /** Gives everything held back to the buyer through the gateway; nothing if nothing is held. */
  @Transactional
  public void refundInFull(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      return;
    }
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), hold.amount(), refundKey(orderId));
    ledger.refund(orderId, order.buyerId(), refundKey(orderId));
  }

  /** Refunds part to the buyer through the gateway and releases the rest to the seller. */
  @Transactional
  public void split(long orderId, BigDecimal refund) {
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      return; // already settled: the ledger's key made the first settlement the only one
    }
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), refund, splitKey(orderId));
    ledger.split(
        orderId, order.buyerId(), order.sellerId(), refund, commissionRate, splitKey(orderId));
  }

  public EscrowStatus status(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold == null ? null : hold.status();
  }
}
