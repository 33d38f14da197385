package io.mandi.payment;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.order.Order;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.settings.MandiSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to money held in escrow. The seller's share waits at the gateway as a transfer on
 * hold (Razorpay Route); settling releases the hold, reverses it (in full or in part) and refunds
 * the buyer, and the ledger records the same movement. Each movement has a fixed idempotency key
 * per order, so a retried job neither pays nor refunds twice.
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
  private final EscrowNotices notices;
  private final EscrowTransferMapper transfers;
  private final CatalogService catalog;
  private final Clock clock;
  private final BigDecimal commissionRate;

  EscrowService(
      OrderQueryService orders,
      OrderStatusService statuses,
      LedgerService ledger,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowNotices notices,
      EscrowTransferMapper transfers,
      CatalogService catalog,
      Clock clock,
      MandiSettings settings) {
    this.orders = orders;
    this.statuses = statuses;
    this.ledger = ledger;
    this.payments = payments;
    this.gateway = gateway;
    this.notices = notices;
    this.transfers = transfers;
    this.catalog = catalog;
    this.clock = clock;
    this.commissionRate = settings.escrow().commissionRate();
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

  public static String transferKey(long orderId) {
    return "escrow-transfer-order-" + orderId;
  }

  /** Reversals are keyed by the transfer they undo: each vendor's transfer has its own. */
  public static String reversalKey(EscrowTransfer transfer) {
    return "reversal-of-" + transfer.idempotencyKey();
  }

  /**
   * Transfers the seller's share of the held payment to its linked gateway account, on hold, so the
   * gateway itself keeps the money from the seller until escrow is settled. Idempotent.
   */
  @Transactional
  public EscrowTransfer transferOnHold(long orderId) {
    EscrowTransfer current = transfers.findTransfer(orderId);
    if (current != null
        && current.transferId() != null
        && current.status() != EscrowTransferStatus.REVERSED) {
      return current;
    }
    EscrowHold hold = ledger.lockHold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      throw new IllegalStateException("Order " + orderId + " has no payment held in escrow");
    }
    Seller seller = catalog.seller(statuses.order(orderId).sellerId());
    if (seller.payoutAccount() == null) {
      throw new IllegalStateException(
          seller.name() + " has no payout account linked at the payment gateway yet");
    }
    if (current == null || current.status() == EscrowTransferStatus.REVERSED) {
      // first vendor, or the order moved to another vendor: a new transfer with a new key
      int attempt = transfers.countTransfers(orderId) + 1;
      transfers.insertRequest(
          orderId,
          attempt == 1 ? transferKey(orderId) : transferKey(orderId) + "-" + attempt,
          seller.payoutAccount(),
          LedgerService.sellerShare(hold.amount(), commissionRate),
          clock.instant());
    }
    EscrowTransfer request = transfers.findTransfer(orderId);
    String transferId =
        gateway.transferOnHold(
            payments.intent(orderId).paymentId(),
            request.account(),
            request.amount(),
            request.idempotencyKey());
    transfers.recordTransfer(orderId, transferId, clock.instant());
    return transfers.findTransfer(orderId);
  }

  /**
   * The vendor can no longer serve the order: its share on hold comes back from its account; the
   * buyer's money stays held in escrow for the next vendor. Idempotent.
   */
  @Transactional
  public void withdrawFromVendor(long orderId) {
    ledger.lockHold(orderId);
    EscrowTransfer transfer = onHoldTransfer(orderId);
    if (transfer != null) {
      gateway.reverseTransfer(transfer.transferId(), transfer.amount(), reversalKey(transfer));
      transfers.settle(orderId, EscrowTransferStatus.REVERSED, transfer.amount(), clock.instant());
    }
  }

  public EscrowTransfer transfer(long orderId) {
    return transfers.findTransfer(orderId);
  }

  /** The buyer says the goods arrived; the escrow process then pays the seller. */
  @Transactional
  public void confirmReceipt(Actor buyer, long orderId) {
    buyer.require(Role.BUYER);
    OrderDetails details = orders.details(buyer, orderId); // refuses other buyers' orders
    if (!RECEIVABLE.contains(details.order().status()) || !isHeld(orderId)) {
      throw new IllegalStateException(
          "Order " + orderId + " has no shipped goods with payment held in escrow");
    }
    notices.receiptConfirmed(orderId);
  }

  public boolean isHeld(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold != null && hold.status() == EscrowStatus.HELD;
  }

  /** Pays the seller what is held, less commission; safe to repeat. */
  @Transactional
  public void release(long orderId, String reason) {
    ledger.lockHold(orderId);
    EscrowTransfer transfer = onHoldTransfer(orderId);
    if (transfer != null) {
      gateway.releaseHold(transfer.transferId());
      transfers.settle(orderId, EscrowTransferStatus.RELEASED, BigDecimal.ZERO, clock.instant());
    }
    Order order = statuses.order(orderId);
    ledger.release(
        orderId, order.sellerId(), commissionRate, releaseKey(orderId), "Released: " + reason);
  }

  /** Gives everything held back to the buyer through the gateway; nothing if nothing is held. */
  @Transactional
  public void refundInFull(long orderId) {
    EscrowHold hold = ledger.lockHold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      return;
    }
    EscrowTransfer transfer = onHoldTransfer(orderId);
    if (transfer != null) { // take the seller's share back before the buyer is refunded
      gateway.reverseTransfer(transfer.transferId(), transfer.amount(), reversalKey(transfer));
      transfers.settle(orderId, EscrowTransferStatus.REVERSED, transfer.amount(), clock.instant());
    }
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), hold.amount(), refundKey(orderId));
    ledger.refund(orderId, order.buyerId(), refundKey(orderId));
  }

  /** Refunds part to the buyer through the gateway and releases the rest to the seller. */
  @Transactional
  public void split(long orderId, BigDecimal refund) {
    EscrowHold hold = ledger.lockHold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      return; // already settled: the ledger's key made the first settlement the only one
    }
    EscrowTransfer transfer = onHoldTransfer(orderId);
    if (transfer != null) { // the seller keeps its share of what is not refunded
      BigDecimal keeps = LedgerService.sellerShare(hold.amount().subtract(refund), commissionRate);
      BigDecimal back = transfer.amount().subtract(keeps);
      if (back.signum() > 0) {
        gateway.reverseTransfer(transfer.transferId(), back, reversalKey(transfer));
      }
      gateway.releaseHold(transfer.transferId());
      transfers.settle(orderId, EscrowTransferStatus.RELEASED, back, clock.instant());
    }
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), refund, splitKey(orderId));
    ledger.split(
        orderId, order.buyerId(), order.sellerId(), refund, commissionRate, splitKey(orderId));
  }

  /** The order's transfer if it is still on hold; completes one the gateway may have made. */
  private EscrowTransfer onHoldTransfer(long orderId) {
    EscrowTransfer transfer = transfers.findTransfer(orderId);
    if (transfer != null && transfer.status() == EscrowTransferStatus.REQUESTED) {
      transfer = transferOnHold(orderId);
    }
    return transfer != null && transfer.status() == EscrowTransferStatus.ON_HOLD ? transfer : null;
  }

  public EscrowStatus status(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold == null ? null : hold.status();
  }
}
