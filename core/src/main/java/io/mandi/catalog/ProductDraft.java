package io.mandi.catalog;

import java.math.BigDecimal;

/** A product to insert; MyBatis sets the generated id. */
public final class ProductDraft {
  public Long id;
  public final String sku;
  public final String name;
  public final String categoryId;
  public final String unit;
  public final String hsnCode;
  public final BigDecimal gstRate;

  public ProductDraft(
      String sku, String name, String categoryId, String unit, String hsnCode, BigDecimal gstRate) {
    this.sku = sku;
    this.name = name;
    this.categoryId = categoryId;
    this.unit = unit;
    this.hsnCode = hsnCode;
    this.gstRate = gstRate;
  }
}
