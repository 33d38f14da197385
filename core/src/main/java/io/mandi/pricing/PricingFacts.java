package io.mandi.pricing;

import io.mandi.account.BuyerKind;
import java.math.BigDecimal;

/**
 * What a line's price is decided on. Facts that are not known are null, and the rules that need
 * them do not apply.
 *
 * @param listPrice the offer's quantity-break price for this quantity
 * @param floorPrice the seller's minimum, or null for none
 * @param costPrice what the stock cost the seller, or null
 * @param stock units in stock, or null
 * @param stockAgeDays days since the stock came in, or null
 * @param competitorPrice a competitor's unit price for the same product, or null
 * @param month the month of the year (1 to 12) the line is priced in, or null
 */
public record PricingFacts(
    BuyerKind buyerKind,
    int quantity,
    BigDecimal listPrice,
    BigDecimal floorPrice,
    BigDecimal costPrice,
    Integer stock,
    Integer stockAgeDays,
    BigDecimal competitorPrice,
    Integer month) {

  /** A line known only by its buyer, quantity, list price and floor. */
  public static PricingFacts of(
      BuyerKind buyerKind, int quantity, BigDecimal listPrice, BigDecimal floorPrice) {
    return new PricingFacts(
        buyerKind, quantity, listPrice, floorPrice, null, null, null, null, null);
  }
}
