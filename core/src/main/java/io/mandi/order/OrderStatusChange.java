package io.mandi.order;

import java.time.Instant;

/** One entry of an order's history: who moved it, when, and why. */
public record OrderStatusChange(
    long orderId,
    OrderStatus fromStatus,
    OrderStatus toStatus,
    String changedBy,
    Instant changedAt,
    String reason) {}
