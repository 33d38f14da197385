package io.mandi.catalog;

/** An offer to insert; MyBatis sets the generated id. */
public final class OfferDraft {
  public Long id;
  public final long sellerId;
  public final long productId;
  public final int minOrderQty;
  public final int stock;
  public final int leadTimeDays;
  public final String dispatchRegion;

  public OfferDraft(
      long sellerId,
      long productId,
      int minOrderQty,
      int stock,
      int leadTimeDays,
      String dispatchRegion) {
    this.sellerId = sellerId;
    this.productId = productId;
    this.minOrderQty = minOrderQty;
    this.stock = stock;
    this.leadTimeDays = leadTimeDays;
    this.dispatchRegion = dispatchRegion;
  }
}
