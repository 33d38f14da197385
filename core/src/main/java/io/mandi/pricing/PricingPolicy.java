package io.mandi.pricing;

import java.util.List;

/** Port: the pricing rules (implemented by the rules module). */
public interface PricingPolicy {

  PricedLine price(PricingFacts facts);

  /** Prices lines together; an implementation whose rules change prices them all by one version. */
  default List<PricedLine> priceAll(List<PricingFacts> lines) {
    return lines.stream().map(this::price).toList();
  }
}
