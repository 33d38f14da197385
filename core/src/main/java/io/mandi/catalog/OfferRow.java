package io.mandi.catalog;

import java.math.BigDecimal;
import java.util.List;

/** One row of the offer query; price breaks are read separately and joined in the service. */
public record OfferRow(
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
    java.time.LocalDate stockedSince,
    BigDecimal competitorPrice) {

  OfferListing withPriceBreaks(List<PriceBreak> breaks) {
    return new OfferListing(
        offerId,
        productId,
        sku,
        productName,
        categoryId,
        categoryName,
        unit,
        hsnCode,
        gstRate,
        sellerId,
        sellerName,
        sellerKind,
        minOrderQty,
        stock,
        leadTimeDays,
        dispatchRegion,
        active,
        floorPrice,
        costPrice,
        stockedSince,
        competitorPrice,
        breaks);
  }
}
