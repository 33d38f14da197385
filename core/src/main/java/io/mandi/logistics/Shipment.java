package io.mandi.logistics;

import java.math.BigDecimal;
import java.time.Instant;

public record Shipment(
    long orderId,
    String idempotencyKey,
    String providerOrderId,
    String shipmentId,
    String awb,
    String courier,
    String labelUrl,
    ShipmentStatus status,
    BigDecimal weightKg,
    int packages,
    Instant promisedBy,
    Instant bookedAt,
    Instant deliveredAt,
    Instant updatedAt) {}
