package io.mandi.recommendation;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.order.OfferSale;
import io.mandi.order.PricingHistory;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSets;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Recommends a price band for a seller's offer. The base is the mean of what anchors a price: cost
 * plus a target margin, the competitors' average and the price now. It moves with how demand
 * answered past prices (elasticity from the order history), the stock's level and age, and the
 * season in the published pricing rules; then it is held between the floor (the seller's minimum,
 * cost plus the minimum margin) and a ceiling (10 % over the dearest competitor, or 25 % over the
 * price now).
 */
@Service
public class PriceRecommender {
  static final BigDecimal TARGET_MARGIN = new BigDecimal("0.20");
  static final BigDecimal MINIMUM_MARGIN = new BigDecimal("0.05");
  static final Duration HISTORY = Duration.ofDays(180);
  static final int MIN_HISTORY_LINES = 5;
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final CatalogService catalog;
  private final PricingHistory history;
  private final RuleSets ruleSets;
  private final Clock clock;

  PriceRecommender(CatalogService catalog, PricingHistory history, RuleSets ruleSets, Clock clock) {
    this.catalog = catalog;
    this.history = history;
    this.ruleSets = ruleSets;
    this.clock = clock;
  }

  public PriceBand recommend(Actor seller, long offerId) {
    OfferListing offer = ownOffer(catalog, seller, offerId);
    BigDecimal current = offer.priceBreaks().getFirst().unitPrice();
    List<String> reasons = new ArrayList<>();
    List<BigDecimal> anchors = new ArrayList<>();
    anchors.add(current);
    reasons.add("Your price now: ₹" + current.toPlainString());
    if (offer.costPrice() != null) {
      BigDecimal costPlus =
          Amounts.inr(offer.costPrice().multiply(BigDecimal.ONE.add(TARGET_MARGIN)));
      anchors.add(costPlus);
      reasons.add(
          "Cost ₹"
              + offer.costPrice().toPlainString()
              + " plus a 20% margin: ₹"
              + costPlus.toPlainString());
    }
    List<BigDecimal> rivals = rivalPrices(offer);
    if (!rivals.isEmpty()) {
      BigDecimal average = mean(rivals);
      anchors.add(average);
      reasons.add(
          "Competitors average ₹"
              + average.toPlainString()
              + " ("
              + rivals.size()
              + (rivals.size() == 1 ? " price)" : " prices)"));
    }
    BigDecimal base = mean(anchors);
    double adjustPercent = demand(offer, reasons) + stock(offer, reasons) + season(reasons);
    BigDecimal recommended =
        Amounts.inr(base.multiply(BigDecimal.valueOf(1 + adjustPercent / 100)));
    BigDecimal floor = floor(offer);
    BigDecimal ceiling =
        rivals.isEmpty()
            ? Amounts.inr(current.multiply(new BigDecimal("1.25")))
            : Amounts.inr(
                rivals.stream()
                    .max(BigDecimal::compareTo)
                    .orElseThrow()
                    .multiply(new BigDecimal("1.10")));
    if (floor != null && recommended.compareTo(floor) < 0) {
      recommended = floor;
      reasons.add("Held at the floor ₹" + floor.toPlainString() + " (your minimum, cost plus 5%)");
    } else if (recommended.compareTo(ceiling) > 0) {
      recommended = ceiling;
      reasons.add("Held at the ceiling ₹" + ceiling.toPlainString());
    }
    BigDecimal minimum = Amounts.inr(recommended.multiply(new BigDecimal("0.95")));
    if (floor != null && minimum.compareTo(floor) < 0) {
      minimum = floor.min(recommended);
    }
    BigDecimal maximum =
        Amounts.inr(recommended.multiply(new BigDecimal("1.05"))).min(ceiling).max(recommended);
    return new PriceBand(
        offerId, offer.productName(), current, minimum, recommended, maximum, reasons);
  }

  /** The seller's own offer, or a refusal. */
  static OfferListing ownOffer(CatalogService catalog, Actor seller, long offerId) {
    seller.require(Role.SELLER);
    OfferListing offer = catalog.offersById(List.of(offerId)).get(offerId);
    if (offer == null) {
      throw new PriceChangeRefusedException("There is no offer " + offerId);
    }
    if (seller.sellerId() == null || offer.sellerId() != seller.sellerId()) {
      throw new NotAllowedException("Offer " + offerId + " is not yours");
    }
    return offer;
  }

  /** The lowest price the seller should take: its minimum, or cost plus the minimum margin. */
  static BigDecimal floor(OfferListing offer) {
    BigDecimal costFloor =
        offer.costPrice() == null
            ? null
            : Amounts.inr(offer.costPrice().multiply(BigDecimal.ONE.add(MINIMUM_MARGIN)));
    if (offer.floorPrice() == null) {
      return costFloor;
    }
    return costFloor == null ? offer.floorPrice() : offer.floorPrice().max(costFloor);
  }

  private List<BigDecimal> rivalPrices(OfferListing offer) {
    List<BigDecimal> prices = new ArrayList<>();
    catalog.offersOfProduct(offer.productId()).stream()
        .filter(other -> other.sellerId() != offer.sellerId() && !other.priceBreaks().isEmpty())
        .forEach(other -> prices.add(other.priceBreaks().getFirst().unitPrice()));
    if (offer.competitorPrice() != null) {
      prices.add(offer.competitorPrice());
    }
    return prices;
  }

  /**
   * The price elasticity of demand from the order history: the slope of log quantity on log price
   * over the offer's lines. Elastic demand (below -1) shades the price down, inelastic up.
   */
  private double demand(OfferListing offer, List<String> reasons) {
    List<OfferSale> sales = history.salesOf(offer.offerId(), clock.instant().minus(HISTORY));
    long prices = sales.stream().map(s -> s.unitPrice().stripTrailingZeros()).distinct().count();
    if (sales.size() < MIN_HISTORY_LINES || prices < 2) {
      reasons.add(
          "Too little order history to tell how demand follows price ("
              + sales.size()
              + " order lines at "
              + prices
              + " prices in 180 days)");
      return 0;
    }
    double elasticity = elasticity(sales);
    String e = String.format("%.2f", elasticity);
    if (elasticity < -1) {
      reasons.add(
          "Demand is elastic ("
              + e
              + " from "
              + sales.size()
              + " order lines): 3% lower sells more");
      return -3;
    }
    reasons.add(
        "Demand is inelastic ("
            + e
            + " from "
            + sales.size()
            + " order lines): 3% higher loses little");
    return 3;
  }

  static double elasticity(List<OfferSale> sales) {
    int n = sales.size();
    double sumX = 0;
    double sumY = 0;
    double sumXy = 0;
    double sumXx = 0;
    for (OfferSale sale : sales) {
      double x = Math.log(sale.unitPrice().doubleValue());
      double y = Math.log(Math.max(sale.quantity(), 1));
      sumX += x;
      sumY += y;
      sumXy += x * y;
      sumXx += x * x;
    }
    double denominator = n * sumXx - sumX * sumX;
    return denominator == 0 ? 0 : (n * sumXy - sumX * sumY) / denominator;
  }

  private double stock(OfferListing offer, List<String> reasons) {
    double percent = 0;
    LocalDate today = LocalDate.ofInstant(clock.instant(), INDIA);
    if (offer.stockedSince() != null) {
      long age = ChronoUnit.DAYS.between(offer.stockedSince(), today);
      if (age > 180) {
        reasons.add("Stock is " + age + " days old: 15% lower to clear it");
        percent -= 15;
      } else if (age > 90) {
        reasons.add("Stock is " + age + " days old: 7% lower to move it");
        percent -= 7;
      }
    }
    if (offer.stock() < 10) {
      reasons.add("Only " + offer.stock() + " in stock: 5% higher");
      percent += 5;
    } else if (offer.stock() > 5000) {
      reasons.add(offer.stock() + " in stock: 5% lower");
      percent -= 5;
    }
    return percent;
  }

  private double season(List<String> reasons) {
    Optional<PricingRuleForm> form =
        ruleSets.published(RuleSetName.PRICING).flatMap(v -> PricingFactsJson.form(v.form()));
    int month = LocalDate.ofInstant(clock.instant(), INDIA).getMonthValue();
    if (form.isPresent()
        && form.get().seasonMonths().contains(month)
        && form.get().seasonPercent().signum() != 0) {
      BigDecimal percent = form.get().seasonPercent();
      reasons.add(
          "The "
              + form.get().seasonName()
              + " season (pricing rules) moves prices "
              + percent.stripTrailingZeros().toPlainString()
              + "%");
      return percent.doubleValue();
    }
    return 0;
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN);
  }
}
