package io.mandi.vendor;

import java.time.Instant;

/** One vendor offered an order, and what it answered. */
public record VendorRound(
    long orderId,
    int round,
    long sellerId,
    String sellerName,
    Instant offeredAt,
    VendorAnswer outcome,
    Instant answeredAt,
    String reason) {}
