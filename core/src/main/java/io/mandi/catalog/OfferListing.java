package io.mandi.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A seller's offer on a product, with what a buyer needs to see to order it and what the pricing
 * rules decide on (floor, cost, since when it is in stock, a competitor's price; each may be null).
 */
public record OfferListing(
    long offerId,
    long productId,
    String sku,
    String productName,
    String categoryId,
    String categoryName,
    String unit,
    String hsnCode,
    BigDecimal gstRate,
    long sellerId,
    String sellerName,
    SellerKind sellerKind,
    int minOrderQty,
    int stock,
    int leadTimeDays,
    String dispatchRegion,
    boolean active,
    BigDecimal floorPrice,
    BigDecimal costPrice,
    LocalDate stockedSince,
    BigDecimal competitorPrice,
    List<PriceBreak> priceBreaks) {

  public OfferListing {
    priceBreaks = priceBreaks.stream().sorted(Comparator.comparingInt(PriceBreak::minQty)).toList();
  }

  /** The unit price for a quantity: the highest break at or below it (the first break below). */
  public BigDecimal unitPriceFor(int quantity) {
    if (priceBreaks.isEmpty()) {
      throw new IllegalStateException("Offer " + offerId + " has no price");
    }
    PriceBreak applicable = priceBreaks.getFirst();
    for (PriceBreak priceBreak : priceBreaks) {
      if (priceBreak.minQty() <= quantity) {
        applicable = priceBreak;
      }
    }
    return applicable.unitPrice();
  }
}
