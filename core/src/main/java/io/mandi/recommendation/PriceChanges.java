package io.mandi.recommendation;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.outbox.Outbox;
import io.mandi.settings.MandiSettings;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A seller changes an offer's price (usually to the recommended one): a change within the set share
 * applies at once to the whole price ladder; a larger one waits for operations, whose task starts
 * after the request commits. Each request is made once per request id.
 */
@Service
public class PriceChanges {
  static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

  private final CatalogService catalog;
  private final CatalogOnboarding onboarding;
  private final PriceChangeMapper changes;
  private final Outbox outbox;
  private final TaskInboxService inbox;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final BigDecimal approvalAbove;

  PriceChanges(
      CatalogService catalog,
      CatalogOnboarding onboarding,
      PriceChangeMapper changes,
      Outbox outbox,
      TaskInboxService inbox,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings) {
    this.catalog = catalog;
    this.onboarding = onboarding;
    this.changes = changes;
    this.outbox = outbox;
    this.inbox = inbox;
    this.transaction = transaction;
    this.clock = clock;
    this.approvalAbove = settings.rules().sellerChangeApprovalAbovePercent();
  }

  public PriceChange request(
      Actor seller, long offerId, BigDecimal newPrice, UUID requestId, String reasons) {
    Objects.requireNonNull(requestId, "requestId");
    PriceChange earlier = changes.findByRequest(requestId);
    if (earlier != null) {
      return earlier;
    }
    OfferListing offer = PriceRecommender.ownOffer(catalog, seller, offerId);
    if (newPrice == null
        || newPrice.signum() <= 0
        || newPrice.compareTo(MAX_PRICE) > 0
        || newPrice.stripTrailingZeros().scale() > 2) {
      throw new PriceChangeRefusedException(
          "A price must be above ₹0 and at most ₹1,00,00,000, in rupees and paise");
    }
    BigDecimal floor = PriceRecommender.floor(offer);
    if (floor != null && newPrice.compareTo(floor) < 0) {
      throw new PriceChangeRefusedException(
          "₹"
              + newPrice.toPlainString()
              + " is below your floor of ₹"
              + floor.toPlainString()
              + " (your minimum, or cost plus 5%)");
    }
    BigDecimal old = offer.priceBreaks().getFirst().unitPrice();
    BigDecimal percent =
        newPrice
            .subtract(old)
            .multiply(BigDecimal.valueOf(100))
            .divide(old, 2, RoundingMode.HALF_EVEN);
    boolean large = percent.abs().compareTo(approvalAbove) > 0;
    String why =
        reasons == null
            ? null
            : reasons.substring(0, Math.min(reasons.length(), 4000)).replace('\0', ' ');
    try {
      return transaction.execute(
          status -> {
            var now = clock.instant();
            long id =
                changes.insert(
                    new PriceChange(
                        0,
                        requestId,
                        offerId,
                        offer.sellerId(),
                        old,
                        newPrice,
                        percent,
                        why,
                        large ? PriceChangeStatus.AWAITING_APPROVAL : PriceChangeStatus.APPLIED,
                        seller.username(),
                        now,
                        large ? null : seller.username(),
                        large ? null : now,
                        null));
            if (large) {
              outbox.add(
                  PriceChangeEvents.APPROVAL,
                  PriceChangeEvents.APPROVAL + "-" + id,
                  Map.of("priceChangeId", id));
            } else {
              onboarding.moveBasePrice(offerId, old, newPrice);
            }
            return changes.find(id);
          });
    } catch (DuplicateKeyException waitingOrRepeated) {
      PriceChange repeated = changes.findByRequest(requestId);
      if (repeated != null) {
        return repeated;
      }
      throw new PriceChangeRefusedException(
          "A change of this offer's price already waits for operations' approval");
    }
  }

  public List<PriceChange> ofSeller(Actor seller, int limit) {
    seller.require(Role.SELLER);
    return changes.findOfSeller(seller.sellerId(), Math.min(Math.max(limit, 1), 200));
  }

  public PriceChange find(long id) {
    return changes.find(id);
  }

  /**
   * Operations decide a large change: approved, the offer's ladder moves from its price now to the
   * new one; refused, nothing changes and the seller sees why. The task completes in the same
   * transaction.
   */
  void decide(Actor ops, HumanTask task, boolean approve, String note) {
    ops.require(Role.OPS);
    if (!approve && (note == null || note.isBlank())) {
      throw new PriceChangeRefusedException("Say why the change is refused");
    }
    String said = note == null || note.isBlank() ? null : note.strip();
    if (said != null && (said.length() > 500 || said.indexOf('\0') >= 0)) {
      throw new PriceChangeRefusedException("A note must be at most 500 characters of text");
    }
    transaction.executeWithoutResult(
        status -> {
          PriceChange change =
              task.priceChangeId() == null ? null : changes.lock(task.priceChangeId());
          if (change == null) {
            throw new PriceChangeRefusedException("This task names no price change");
          }
          PriceChangeStatus to = approve ? PriceChangeStatus.APPLIED : PriceChangeStatus.REFUSED;
          if (changes.decide(change.id(), to, ops.username(), clock.instant(), said) == 0) {
            throw new PriceChangeRefusedException("This change no longer waits for approval");
          }
          if (approve) {
            OfferListing offer =
                catalog.offersById(List.of(change.offerId())).get(change.offerId());
            onboarding.moveBasePrice(
                change.offerId(), offer.priceBreaks().getFirst().unitPrice(), change.newPrice());
          }
          inbox.completeChecked(
              ops,
              task,
              new TaskDecision(
                  approve ? PriceChangeApprovalTask.APPROVE : PriceChangeApprovalTask.REFUSE,
                  said,
                  Map.of()));
        });
  }
}
