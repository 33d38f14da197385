package io.mandi.rfq;

import java.math.BigDecimal;

/** What the buyer asks for: a catalog product (productId set) or an item described in words. */
public record RfqLine(
    long rfqId,
    int lineNo,
    Long productId,
    String description,
    int quantity,
    String unit,
    BigDecimal targetUnitPrice) {}
