package io.mandi.catalog;

import java.math.BigDecimal;

public record Product(
    long id,
    String sku,
    String name,
    String categoryId,
    String unit,
    String hsnCode,
    BigDecimal gstRate) {}
