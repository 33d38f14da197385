package io.mandi.order;

import java.math.BigDecimal;

public record OrderLine(
    long orderId,
    int lineNo,
    long offerId,
    long productId,
    String productName,
    String unit,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal lineAmount,
    BigDecimal listPrice,
    String priceRuleVersion,
    String priceRules) {}
