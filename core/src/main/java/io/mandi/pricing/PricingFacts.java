package io.mandi.pricing;

import io.mandi.account.BuyerKind;
import java.math.BigDecimal;

/**
 * What a line's price is decided on.
 *
 * @param listPrice the offer's quantity-break price for this quantity
 * @param floorPrice the seller's minimum, or null for none
 */
public record PricingFacts(
    BuyerKind buyerKind, int quantity, BigDecimal listPrice, BigDecimal floorPrice) {}
