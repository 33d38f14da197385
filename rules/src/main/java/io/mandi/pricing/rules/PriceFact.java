package io.mandi.pricing.rules;

import io.mandi.account.BuyerKind;
import io.mandi.money.Amounts;
import io.mandi.pricing.PricingFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line being priced. Rules change the price only through its methods, each of which records a
 * step: the rule, what it saw, and the price before and after. Conditions read only facts that do
 * not change, so firing order (salience) alone decides the result. The plain-Java pricing calls the
 * same methods in the same order.
 */
public final class PriceFact {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PricingFacts facts;
  private BigDecimal price;
  private final List<String> steps = new ArrayList<>(4);

  public PriceFact(PricingFacts facts) {
    this.facts = facts;
    this.price = Amounts.inr(facts.listPrice());
  }

  public BuyerKind getBuyerKind() {
    return facts.buyerKind();
  }

  public int getQuantity() {
    return facts.quantity();
  }

  public BigDecimal getListPrice() {
    return facts.listPrice();
  }

  public BigDecimal getFloorPrice() {
    return facts.floorPrice();
  }

  public BigDecimal getCostPrice() {
    return facts.costPrice();
  }

  public Integer getStock() {
    return facts.stock();
  }

  public Integer getStockAgeDays() {
    return facts.stockAgeDays();
  }

  public BigDecimal getCompetitorPrice() {
    return facts.competitorPrice();
  }

  public Integer getMonth() {
    return facts.month();
  }

  public void percentOff(String percent, String rule, String because) {
    change(
        price.multiply(BigDecimal.ONE.subtract(fraction(percent))),
        rule,
        because + ", " + percent + "% off");
  }

  public void percentUp(String percent, String rule, String because) {
    change(
        price.multiply(BigDecimal.ONE.add(fraction(percent))),
        rule,
        because + ", " + percent + "% up");
  }

  /** Goes a set percentage under a competitor who sells for less (0 % matches them). */
  public void beatCompetitor(String percent, String rule) {
    BigDecimal competitor = facts.competitorPrice();
    if (competitor == null || competitor.compareTo(price) >= 0) {
      return; // we are not dearer: nothing to beat
    }
    BigDecimal target =
        Amounts.inr(competitor.multiply(BigDecimal.ONE.subtract(fraction(percent))));
    if (price.compareTo(target) > 0) {
      change(
          target,
          rule,
          "a competitor sells at ₹"
              + Amounts.inr(competitor).toPlainString()
              + (new BigDecimal(percent).signum() == 0
                  ? ", matched"
                  : ", " + percent + "% under it"));
    }
  }

  /** Guardrail: never more than a set percentage over the list price. */
  public void capOverList(String percent, String rule) {
    BigDecimal ceiling =
        Amounts.inr(facts.listPrice().multiply(BigDecimal.ONE.add(fraction(percent))));
    if (price.compareTo(ceiling) > 0) {
      change(ceiling, rule, "at most " + percent + "% over the list price");
    }
  }

  /**
   * Guardrail applied last: never below the seller's minimum, nor below cost plus the minimum
   * margin, whichever is higher.
   */
  public void keepAtOrAboveFloor(String marginPercent, String rule) {
    BigDecimal floor = facts.floorPrice();
    String why = floor == null ? null : "the seller's minimum is ₹" + floor.toPlainString();
    if (facts.costPrice() != null) {
      BigDecimal costFloor =
          Amounts.inr(facts.costPrice().multiply(BigDecimal.ONE.add(fraction(marginPercent))));
      if (floor == null || costFloor.compareTo(floor) > 0) {
        floor = costFloor;
        why =
            "cost ₹"
                + facts.costPrice().toPlainString()
                + " plus "
                + marginPercent
                + "% minimum margin is ₹"
                + costFloor.toPlainString();
      }
    }
    if (floor != null && price.compareTo(floor) < 0) {
      change(floor, rule, why);
    }
  }

  private void change(BigDecimal to, String rule, String because) {
    BigDecimal next = Amounts.inr(to);
    steps.add(
        rule
            + ": "
            + because
            + " (₹"
            + price.toPlainString()
            + " → ₹"
            + next.toPlainString()
            + ")");
    price = next;
  }

  private static BigDecimal fraction(String percent) {
    return new BigDecimal(percent).divide(HUNDRED);
  }

  BigDecimal price() {
    return price;
  }

  List<String> steps() {
    return List.copyOf(steps);
  }
}
