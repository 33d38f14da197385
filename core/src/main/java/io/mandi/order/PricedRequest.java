package io.mandi.order;

import java.math.BigDecimal;

/** An order line as the pricing rules priced it, with the facts they saw (JSON). */
public record PricedRequest(
    long orderId,
    int lineNo,
    String productName,
    int quantity,
    BigDecimal unitPrice,
    String priceRuleVersion,
    String priceInputs) {}
