package io.mandi.order;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.BuyerKind;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Prices offers for a buyer: gathers the facts the pricing rules decide on (the quantity break,
 * floor, cost, stock, how long it has been in stock, a competitor's price, the month in India) and
 * prices all lines of one request by one version of the rules.
 */
@Service
public class LinePricing {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  static final int MAX_PREVIEW_QUANTITY = 1_000_000;

  private final PricingPolicy pricing;
  private final CatalogService catalog;
  private final AccountService accounts;
  private final Clock clock;

  LinePricing(PricingPolicy pricing, CatalogService catalog, AccountService accounts, Clock clock) {
    this.pricing = pricing;
    this.catalog = catalog;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** An offer asked for in some quantity. */
  public record Wanted(OfferListing offer, int quantity) {}

  /** A line's facts, its list price (the break) and the buyer's price with its explanation. */
  public record Priced(PricingFacts facts, BigDecimal unitPrice, PricedLine rules) {
    public BigDecimal listPrice() {
      return facts.listPrice();
    }
  }

  public List<Priced> price(BuyerKind buyerKind, List<Wanted> wanted) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), INDIA);
    List<PricingFacts> facts =
        wanted.stream().map(w -> facts(buyerKind, w.offer(), w.quantity(), today)).toList();
    List<PricedLine> priced = facts.isEmpty() ? List.of() : pricing.priceAll(facts);
    List<Priced> prices = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      prices.add(new Priced(facts.get(i), Amounts.inr(priced.get(i).unitPrice()), priced.get(i)));
    }
    return prices;
  }

  /**
   * What a buyer would pay for an offer today, and why: the price preview for admins and
   * operations. Nothing is stored.
   */
  public Priced preview(Actor asker, long offerId, long buyerId, int quantity) {
    if (asker.role() != Role.ADMIN && asker.role() != Role.OPS) {
      throw new NotAllowedException("Only admins and operations preview prices");
    }
    if (quantity < 1 || quantity > MAX_PREVIEW_QUANTITY) {
      throw new IllegalArgumentException("The quantity must be from 1 to " + MAX_PREVIEW_QUANTITY);
    }
    OfferListing offer =
        catalog.offersById(List.of(offerId)).values().stream()
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("There is no offer " + offerId));
    Buyer buyer = accounts.buyer(buyerId);
    return price(buyer.kind(), List.of(new Wanted(offer, quantity))).getFirst();
  }

  private static PricingFacts facts(
      BuyerKind buyerKind, OfferListing offer, int quantity, LocalDate today) {
    return new PricingFacts(
        buyerKind,
        quantity,
        Amounts.inr(offer.unitPriceFor(quantity)),
        offer.floorPrice(),
        offer.costPrice(),
        offer.stock(),
        offer.stockedSince() == null
            ? null
            : (int) ChronoUnit.DAYS.between(offer.stockedSince(), today),
        offer.competitorPrice(),
        today.getMonthValue());
  }
}
