package io.mandi.pricing.rules;

import io.mandi.account.BuyerKind;
import io.mandi.money.Amounts;
import io.mandi.pricing.PricingFacts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A line being priced. Rules change the price through its methods, which record their names;
 * conditions read only what does not change, so firing order (salience) alone decides the result.
 */
public final class PriceFact {
  private final PricingFacts facts;
  private BigDecimal price;
  private final List<String> appliedRules = new ArrayList<>();

  PriceFact(PricingFacts facts) {
    this.facts = facts;
    this.price = facts.listPrice();
  }

  public BuyerKind getBuyerKind() {
    return facts.buyerKind();
  }

  public int getQuantity() {
    return facts.quantity();
  }

  public BigDecimal getFloorPrice() {
    return facts.floorPrice();
  }

  public void discount(String percent, String rule) {
    BigDecimal factor = BigDecimal.ONE.subtract(new BigDecimal(percent).movePointLeft(2));
    price = Amounts.inr(price.multiply(factor));
    appliedRules.add(rule);
  }

  /** Raises the price to the seller's floor if the discounts went below it. */
  public void keepAtOrAboveFloor(String rule) {
    if (facts.floorPrice() != null && price.compareTo(facts.floorPrice()) < 0) {
      price = facts.floorPrice();
      appliedRules.add(rule);
    }
  }

  BigDecimal price() {
    return price;
  }

  List<String> appliedRules() {
    return List.copyOf(appliedRules);
  }
}
