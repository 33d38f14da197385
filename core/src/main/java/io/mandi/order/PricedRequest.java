package io.mandi.order;

/** An order line the pricing rules priced: what was asked and the facts they saw (JSON). */
public record PricedRequest(
    long orderId, int lineNo, String productName, int quantity, String priceInputs) {}
