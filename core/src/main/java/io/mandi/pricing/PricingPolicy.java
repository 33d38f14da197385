package io.mandi.pricing;

/** Port: the pricing rules (implemented by the rules module). */
public interface PricingPolicy {

  PricedLine price(PricingFacts facts);
}
