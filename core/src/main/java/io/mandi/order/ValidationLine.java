package io.mandi.order;

/** What the validation policy needs to know of one requested line. */
public record ValidationLine(
    int lineNo,
    long offerId,
    String productName,
    int quantity,
    int minOrderQty,
    int stock,
    boolean offerActive) {}
