package io.mandi.ledger;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.live.OrderChanged;
import io.mandi.money.Amounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves money between ledger accounts for an order's escrow. Every movement is one transaction
 * whose postings sum to zero, carries an idempotency key (a replay returns the first result and
 * writes nothing), and an escrow hold is resolved at most once. The database enforces the same
 * rules with constraints and triggers, in case code ever forgets.
 */
@Service
public class LedgerService {

  private final LedgerMapper ledger;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  LedgerService(LedgerMapper ledger, Clock clock, ApplicationEventPublisher events) {
    this.ledger = ledger;
    this.clock = clock;
    this.events = events;
  }

  /** The buyer's captured payment goes into the order's escrow account. */
  @Transactional
  public LedgerTransaction hold(long orderId, BigDecimal amount, String idempotencyKey) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.HOLD, orderId);
    if (replay != null) {
      return replay;
    }
    BigDecimal held = positive(amount, "hold amount");
    if (ledger.findHold(orderId) != null) {
      throw new LedgerRuleException("Order " + orderId + " already has an escrow hold");
    }
    LedgerTransaction transaction =
        record(
            idempotencyKey,
            TransactionKind.HOLD,
            orderId,
            "Payment held in escrow",
            List.of(
                new Posting(LedgerAccounts.GATEWAY_CLEARING, held.negate()),
                new Posting(escrowAccount(orderId), held)));
    ledger.insertHold(orderId, held, transaction.id());
    return transaction;
  }

  /** Pays the seller what is held, less the platform's commission. */
  @Transactional
  public LedgerTransaction release(
      long orderId, long sellerId, BigDecimal commissionRate, String idempotencyKey) {
    return release(
        orderId, sellerId, commissionRate, idempotencyKey, "Escrow released to the seller");
  }

  /** Pays the seller what is held, less commission, saying why (e.g. deemed acceptance). */
  @Transactional
  public LedgerTransaction release(
      long orderId,
      long sellerId,
      BigDecimal commissionRate,
      String idempotencyKey,
      String description) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.RELEASE, orderId);
    if (replay != null) {
      return replay;
    }
    EscrowHold hold = heldFor(orderId);
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(escrowAccount(orderId), hold.amount().negate()));
    payOut(postings, sellerId, hold.amount(), commissionRate);
    return resolve(
        hold,
        EscrowStatus.RELEASED,
        TransactionKind.RELEASE,
        idempotencyKey,
        description,
        postings);
  }

  /** Returns everything held to the buyer. */
  @Transactional
  public LedgerTransaction refund(long orderId, long buyerId, String idempotencyKey) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.REFUND, orderId);
    if (replay != null) {
      return replay;
    }
    EscrowHold hold = heldFor(orderId);
    return resolve(
        hold,
        EscrowStatus.REFUNDED,
        TransactionKind.REFUND,
        idempotencyKey,
        "Escrow refunded to the buyer",
        List.of(
            new Posting(escrowAccount(orderId), hold.amount().negate()),
            new Posting(buyerRefundAccount(buyerId), hold.amount())));
  }

  /** Refunds part to the buyer and releases the rest to the seller, less commission. */
  @Transactional
  public LedgerTransaction split(
      long orderId,
      long buyerId,
      long sellerId,
      BigDecimal refundAmount,
      BigDecimal commissionRate,
      String idempotencyKey) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.SPLIT, orderId);
    if (replay != null) {
      return replay;
    }
    EscrowHold hold = heldFor(orderId);
    BigDecimal refund = positive(refundAmount, "refund part");
    if (refund.compareTo(hold.amount()) >= 0) {
      throw new LedgerRuleException(
          "A split must refund less than the "
              + hold.amount()
              + " held; use a full refund instead");
    }
    List<Posting> postings = new ArrayList<>();
    postings.add(new Posting(escrowAccount(orderId), hold.amount().negate()));
    postings.add(new Posting(buyerRefundAccount(buyerId), refund));
    payOut(postings, sellerId, hold.amount().subtract(refund), commissionRate);
    return resolve(
        hold,
        EscrowStatus.SPLIT,
        TransactionKind.SPLIT,
        idempotencyKey,
        "Escrow split after a dispute",
        postings);
  }

  /** The gateway undid the payment: the held money goes back where it came from. */
  @Transactional
  public LedgerTransaction reverse(long orderId, String idempotencyKey) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.REVERSAL, orderId);
    if (replay != null) {
      return replay;
    }
    EscrowHold hold = heldFor(orderId);
    return resolve(
        hold,
        EscrowStatus.REVERSED,
        TransactionKind.REVERSAL,
        idempotencyKey,
        "Payment reversed by the gateway",
        List.of(
            new Posting(escrowAccount(orderId), hold.amount().negate()),
            new Posting(LedgerAccounts.GATEWAY_CLEARING, hold.amount())));
  }

  /**
   * A payment the order cannot use (cancelled, or paid already) passes straight back to the buyer:
   * one transaction from the gateway clearing account to the buyer's refunds, never into escrow.
   */
  @Transactional
  public LedgerTransaction lateCaptureRefund(
      long orderId, long buyerId, BigDecimal amount, String idempotencyKey) {
    LedgerTransaction replay = replay(idempotencyKey, TransactionKind.LATE_CAPTURE_REFUND, orderId);
    if (replay != null) {
      return replay;
    }
    BigDecimal refunded = positive(amount, "late capture");
    return record(
        idempotencyKey,
        TransactionKind.LATE_CAPTURE_REFUND,
        orderId,
        "Payment received after the order was cancelled or paid: refunded",
        List.of(
            new Posting(LedgerAccounts.GATEWAY_CLEARING, refunded.negate()),
            new Posting(buyerRefundAccount(buyerId), refunded)));
  }

  /**
   * The order's hold, locked until the caller's transaction ends, so that gateway calls about it
   * (transfer, release, reversal, refund) never run for the same order at once.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public EscrowHold lockHold(long orderId) {
    return ledger.lockHold(orderId);
  }

  public EscrowHold hold(long orderId) {
    return ledger.findHold(orderId);
  }

  public BigDecimal balance(String accountId) {
    return ledger.balance(accountId);
  }

  public List<LedgerTransaction> transactionsOf(long orderId) {
    return ledger.findTransactionsOfOrder(orderId);
  }

  /** A seller's payouts: what was released to it, newest first. */
  public List<AccountEntry> payoutsOf(Actor seller) {
    seller.require(Role.SELLER);
    return ledger.findAccountEntries(LedgerAccounts.sellerPayable(seller.sellerId()));
  }

  /** What the hold's settlement gave the buyer, the platform and the seller; NONE while held. */
  public SettledParts settledParts(EscrowHold hold, long buyerId, long sellerId) {
    if (hold.resolutionTransactionId() == null) {
      return SettledParts.NONE;
    }
    BigDecimal refunded = BigDecimal.ZERO;
    BigDecimal commission = BigDecimal.ZERO;
    BigDecimal net = BigDecimal.ZERO;
    for (Posting posting : ledger.findPostings(hold.resolutionTransactionId())) {
      String account = posting.accountId();
      if (account.equals(LedgerAccounts.buyerRefunds(buyerId))) {
        refunded = refunded.add(posting.amount());
      } else if (account.equals(LedgerAccounts.PLATFORM_COMMISSION)) {
        commission = commission.add(posting.amount());
      } else if (account.equals(LedgerAccounts.sellerPayable(sellerId))) {
        net = net.add(posting.amount());
      }
    }
    return new SettledParts(refunded, commission, net);
  }

  public List<Posting> postingsOf(long transactionId) {
    return ledger.findPostings(transactionId);
  }

  /** What the seller gets of an amount, less the commission (rounded to the paisa, HALF_EVEN). */
  public static BigDecimal sellerShare(BigDecimal amount, BigDecimal commissionRate) {
    return amount.subtract(Amounts.inr(amount.multiply(commissionRate)));
  }

  private void payOut(
      List<Posting> postings, long sellerId, BigDecimal amount, BigDecimal commissionRate) {
    if (commissionRate == null
        || commissionRate.signum() < 0
        || commissionRate.compareTo(BigDecimal.ONE) > 0) {
      throw new LedgerRuleException(
          "The commission rate must be between 0 and 1, was " + commissionRate);
    }
    BigDecimal net = sellerShare(amount, commissionRate);
    BigDecimal commission = amount.subtract(net);
    if (net.signum() > 0) {
      postings.add(new Posting(sellerPayableAccount(sellerId), net));
    }
    if (commission.signum() > 0) {
      postings.add(new Posting(LedgerAccounts.PLATFORM_COMMISSION, commission));
    }
  }

  private LedgerTransaction replay(String key, TransactionKind kind, long orderId) {
    if (key == null || key.isBlank()) {
      throw new LedgerRuleException("Every ledger movement needs an idempotency key");
    }
    LedgerTransaction existing = ledger.findTransactionByKey(key);
    if (existing != null && (existing.kind() != kind || existing.orderId() != orderId)) {
      throw new LedgerRuleException(
          "Idempotency key "
              + key
              + " was already used for "
              + existing.kind()
              + " of order "
              + existing.orderId());
    }
    return existing;
  }

  private EscrowHold heldFor(long orderId) {
    EscrowHold hold = ledger.lockHold(orderId);
    if (hold == null) {
      throw new LedgerRuleException("Order " + orderId + " has no escrow hold");
    }
    if (hold.status() != EscrowStatus.HELD) {
      throw new LedgerRuleException(
          "The escrow of order " + orderId + " is already " + hold.status());
    }
    return hold;
  }

  private LedgerTransaction resolve(
      EscrowHold hold,
      EscrowStatus status,
      TransactionKind kind,
      String key,
      String description,
      List<Posting> postings) {
    LedgerTransaction transaction = record(key, kind, hold.orderId(), description, postings);
    if (ledger.resolveHold(hold.orderId(), status, transaction.id()) != 1) {
      throw new IllegalStateException(
          "Escrow of order " + hold.orderId() + " changed while locked");
    }
    return transaction;
  }

  private LedgerTransaction record(
      String key, TransactionKind kind, long orderId, String description, List<Posting> postings) {
    BigDecimal sum =
        postings.stream().map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.signum() != 0) {
      throw new IllegalStateException("Unbalanced " + kind + " for order " + orderId + ": " + sum);
    }
    NewTransaction transaction =
        new NewTransaction(key, kind, orderId, description, clock.instant());
    ledger.insertTransaction(transaction);
    postings.forEach(p -> ledger.insertPosting(transaction.id, p.accountId(), p.amount()));
    events.publishEvent(new OrderChanged(orderId));
    return ledger.findTransactionByKey(key);
  }

  private static BigDecimal positive(BigDecimal amount, String what) {
    if (amount == null || amount.signum() <= 0) {
      throw new LedgerRuleException("The " + what + " must be greater than 0, was " + amount);
    }
    if (amount.stripTrailingZeros().scale() > Amounts.SCALE) {
      throw new LedgerRuleException("The " + what + " has fractions of a paisa: " + amount);
    }
    return Amounts.inr(amount);
  }

  private String escrowAccount(long orderId) {
    String id = LedgerAccounts.escrow(orderId);
    ledger.ensureAccount(id, "ESCROW", false);
    return id;
  }

  private String sellerPayableAccount(long sellerId) {
    String id = LedgerAccounts.sellerPayable(sellerId);
    ledger.ensureAccount(id, "SELLER_PAYABLE", false);
    return id;
  }

  private String buyerRefundAccount(long buyerId) {
    String id = LedgerAccounts.buyerRefunds(buyerId);
    ledger.ensureAccount(id, "BUYER_REFUNDS", false);
    return id;
  }
}
