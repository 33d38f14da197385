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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happens to money held in escrow once the goods arrive. */
@Service
public class EscrowService {
  private final OrderQueryService orders;
  private final OrderStatusService statuses;
  private final LedgerService ledger;
  private final EscrowEvents events;
  private final BigDecimal commissionRate;

  public EscrowService(
      OrderQueryService orders,
      OrderStatusService statuses,
      LedgerService ledger,
      EscrowEvents events,
      @Value("${mandi.escrow.commission-rate:0.05}") BigDecimal commissionRate) {
    this.orders = orders;
    this.statuses = statuses;
    this.ledger = ledger;
    this.events = events;
    this.commissionRate = commissionRate;
  }

  public static String releaseKey(long orderId) {
    return "escrow-release-order-" + orderId;
  }

  /** The buyer says the goods arrived; the escrow process then pays the seller. */
  public void confirmReceipt(Actor buyer, long orderId) {
    buyer.require(Role.BUYER);
    OrderDetails details = orders.details(buyer, orderId); // refuses other buyers' orders
    EscrowHold hold = ledger.hold(orderId);
    if (details.order().status() != OrderStatus.CONFIRMED
        || hold == null
        || hold.status() != EscrowStatus.HELD) {
      throw new IllegalStateException(
          "Order " + orderId + " has no payment held in escrow to release");
    }
    events.receiptConfirmed(orderId);
  }

  /** Pays the seller what is held, less commission, and completes the order; safe to repeat. */
  @Transactional
  public void release(long orderId) {
    Order order = statuses.order(orderId);
    ledger.release(orderId, order.sellerId(), commissionRate, releaseKey(orderId));
    statuses.complete(orderId, "system", "Buyer confirmed receipt; escrow released to the seller");
  }
}
