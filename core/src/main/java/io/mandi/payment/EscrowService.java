package io.mandi.payment;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.ledger.SettledParts;
import io.mandi.money.Amounts;
import io.mandi.order.Order;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.settings.MandiSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to money held in escrow. The seller's share waits at the gateway as a transfer on
 * hold (Razorpay Route); settling releases the hold, reverses it (in full or in part) and refunds
 * the buyer, and the ledger records the same movement. Each movement has a fixed idempotency key
 * per order, so a retried job neither pays nor refunds twice. The gateway is never called with a
 * database transaction open: a settlement claims the escrow and commits first (see {@code
 * escrow_settlement}), then moves the money, then records it.
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
  private final EscrowSettlementMapper settlements;
  private final CatalogService catalog;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final BigDecimal commissionRate;
  private final OrderDurationService durations;

  EscrowService(
      OrderQueryService orders,
      OrderStatusService statuses,
      LedgerService ledger,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowNotices notices,
      EscrowTransferMapper transfers,
      EscrowSettlementMapper settlements,
      CatalogService catalog,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings,
      OrderDurationService durations) {
    this.orders = orders;
    this.statuses = statuses;
    this.ledger = ledger;
    this.payments = payments;
    this.gateway = gateway;
    this.notices = notices;
    this.transfers = transfers;
    this.settlements = settlements;
    this.catalog = catalog;
    this.transaction = transaction;
    this.clock = clock;
    this.commissionRate = settings.escrow().commissionRate();
    this.durations = durations;
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
   * gateway itself keeps the money from the seller until escrow is settled. The request is
   * committed first and the gateway called with no transaction open; its key makes a repeat
   * harmless. Idempotent.
   */
  public EscrowTransfer transferOnHold(long orderId) {
    EscrowTransfer request = transaction.execute(status -> requestTransfer(orderId));
    return request.status() == EscrowTransferStatus.REQUESTED ? send(orderId, request) : request;
  }

  /** The order's transfer on hold if there is one, else a new request for the current vendor. */
  private EscrowTransfer requestTransfer(long orderId) {
    EscrowTransfer current = transfers.findTransfer(orderId);
    if (current != null
        && (current.status() == EscrowTransferStatus.REQUESTED
            || current.status() == EscrowTransferStatus.ON_HOLD)) {
      return current;
    }
    EscrowHold hold = ledger.lockHold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      throw new IllegalStateException("Order " + orderId + " has no payment held in escrow");
    }
    if (settlements.findKind(orderId) != null) {
      throw new IllegalStateException("The escrow of order " + orderId + " is being settled");
    }
    if (current != null && current.status() != EscrowTransferStatus.REVERSED) {
      return current; // released: the seller was paid; nothing more to transfer
    }
    Seller seller = catalog.seller(statuses.order(orderId).sellerId());
    if (seller.payoutAccount() == null) {
      throw new IllegalStateException(
          seller.name() + " has no payout account linked at the payment gateway yet");
    }
    // first vendor, or the order moved to another vendor: a new transfer with a new key
    int attempt = transfers.countTransfers(orderId) + 1;
    transfers.insertRequest(
        orderId,
        attempt == 1 ? transferKey(orderId) : transferKey(orderId) + "-" + attempt,
        seller.payoutAccount(),
        LedgerService.sellerShare(hold.amount(), commissionRate),
        clock.instant());
    return transfers.findTransfer(orderId);
  }

  /** Makes a requested transfer at the gateway; a transfer settled meanwhile stays settled. */
  private EscrowTransfer send(long orderId, EscrowTransfer request) {
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
  public void withdrawFromVendor(long orderId) {
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
    statuses.requireLiveProcess(orderId); // else nobody would release the money
    notices.receiptConfirmed(orderId);
  }

  /**
   * What settling the order's escrow with this refund would pay whom (0: all to the seller; the
   * whole hold: all back to the buyer). Moves nothing.
   *
   * @throws IllegalStateException if nothing is held for the order any more
   * @throws IllegalArgumentException if the refund is negative or more than is held
   */
  public EscrowPreview preview(Actor actor, long orderId, BigDecimal refund) {
    orders.details(actor, orderId); // only those who may see the order see its money
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null || hold.status() != EscrowStatus.HELD) {
      throw new IllegalStateException("Order " + orderId + " has no money held in escrow");
    }
    if (refund == null || refund.signum() < 0 || refund.compareTo(hold.amount()) > 0) {
      throw new IllegalArgumentException(
          "A refund is between ₹0 and the " + Amounts.inr(hold.amount()) + " held");
    }
    BigDecimal toSeller = hold.amount().subtract(refund);
    BigDecimal net = LedgerService.sellerShare(toSeller, commissionRate);
    return new EscrowPreview(
        hold.amount(), Amounts.inr(refund), toSeller, toSeller.subtract(net), net);
  }

  /** What became of the order's payment, for those who may see the order; empty if unpaid. */
  public java.util.Optional<EscrowStatement> statement(Actor actor, long orderId) {
    Order order = orders.details(actor, orderId).order();
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null) {
      return java.util.Optional.empty();
    }
    SettledParts parts = ledger.settledParts(hold, order.buyerId(), order.sellerId());
    Instant inspectionEnds =
        hold.status() == EscrowStatus.HELD && order.status() == OrderStatus.DELIVERED
            ? statuses
                .enteredAt(orderId, OrderStatus.DELIVERED)
                .plus(durations.of(orderId).of(Deadline.INSPECTION))
            : null;
    return java.util.Optional.of(
        new EscrowStatement(
            hold.amount(),
            hold.status(),
            parts.refunded(),
            parts.commission(),
            parts.sellerNet(),
            inspectionEnds));
  }

  public boolean isHeld(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold != null && hold.status() == EscrowStatus.HELD;
  }

  /** Pays the seller what is held, less commission; safe to repeat. */
  public void release(long orderId, String reason) {
    EscrowHold hold = claim(orderId, Settlement.RELEASE);
    if (hold == null) {
      return; // already settled this way
    }
    EscrowTransfer transfer = onHoldTransfer(orderId);
    if (transfer != null) {
      gateway.releaseHold(transfer.transferId());
    }
    Order order = statuses.order(orderId);
    transaction.executeWithoutResult(
        status -> {
          transfers.settle(
              orderId, EscrowTransferStatus.RELEASED, BigDecimal.ZERO, clock.instant());
          ledger.release(
              orderId,
              order.sellerId(),
              commissionRate,
              releaseKey(orderId),
              "Released: " + reason);
        });
  }

  /** Gives everything held back to the buyer through the gateway; nothing if nothing is held. */
  public void refundInFull(long orderId) {
    if (ledger.hold(orderId) == null) {
      return; // never paid: nothing to give back
    }
    EscrowHold hold = claim(orderId, Settlement.REFUND);
    if (hold == null) {
      return;
    }
    withdrawFromVendor(orderId); // take the seller's share back before the buyer is refunded
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), hold.amount(), refundKey(orderId));
    transaction.executeWithoutResult(
        status -> ledger.refund(orderId, order.buyerId(), refundKey(orderId)));
  }

  /** Refunds part to the buyer through the gateway and releases the rest to the seller. */
  public void split(long orderId, BigDecimal refund) {
    EscrowHold hold = claim(orderId, Settlement.SPLIT);
    if (hold == null) {
      return; // already settled: the ledger's key made the first settlement the only one
    }
    EscrowTransfer transfer = onHoldTransfer(orderId);
    BigDecimal back = BigDecimal.ZERO;
    if (transfer != null) { // the seller keeps its share of what is not refunded
      BigDecimal keeps = LedgerService.sellerShare(hold.amount().subtract(refund), commissionRate);
      back = transfer.amount().subtract(keeps);
      if (back.signum() > 0) {
        gateway.reverseTransfer(transfer.transferId(), back, reversalKey(transfer));
      }
      gateway.releaseHold(transfer.transferId());
    }
    Order order = statuses.order(orderId);
    gateway.refund(payments.intent(orderId).paymentId(), refund, splitKey(orderId));
    BigDecimal reversed = back;
    transaction.executeWithoutResult(
        status -> {
          transfers.settle(orderId, EscrowTransferStatus.RELEASED, reversed, clock.instant());
          ledger.split(
              orderId,
              order.buyerId(),
              order.sellerId(),
              refund,
              commissionRate,
              splitKey(orderId));
        });
  }

  /** The ways a hold is settled; one per order, claimed before the gateway moves any money. */
  private enum Settlement {
    RELEASE,
    REFUND,
    SPLIT
  }

  /**
   * Claims the order's escrow for one settlement and commits the claim, so no transaction is open
   * while the gateway moves the money and a different settlement can never start meanwhile.
   *
   * @return the hold, or null if it is no longer held (a settlement already happened)
   * @throws IllegalStateException if another kind of settlement owns the escrow
   */
  private EscrowHold claim(long orderId, Settlement settlement) {
    return transaction.execute(
        status -> {
          EscrowHold hold = ledger.lockHold(orderId);
          if (hold == null) {
            throw new IllegalStateException("Order " + orderId + " has no escrow hold");
          }
          if (hold.status() != EscrowStatus.HELD) {
            return null;
          }
          settlements.claim(orderId, settlement.name(), clock.instant());
          String owner = settlements.findKind(orderId);
          if (!settlement.name().equals(owner)) {
            throw new IllegalStateException(
                "The escrow of order " + orderId + " is being settled by " + owner.toLowerCase());
          }
          return hold;
        });
  }

  /** The order's transfer if it is still on hold; completes one the gateway may have made. */
  private EscrowTransfer onHoldTransfer(long orderId) {
    EscrowTransfer transfer = transfers.findTransfer(orderId);
    if (transfer != null && transfer.status() == EscrowTransferStatus.REQUESTED) {
      transfer = send(orderId, transfer);
    }
    return transfer != null && transfer.status() == EscrowTransferStatus.ON_HOLD ? transfer : null;
  }

  public EscrowStatus status(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    return hold == null ? null : hold.status();
  }
}
