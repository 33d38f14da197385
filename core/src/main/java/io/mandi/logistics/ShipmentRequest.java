package io.mandi.logistics;

import java.math.BigDecimal;

/** What the courier needs to pick up and deliver an order. */
public record ShipmentRequest(
    long orderId,
    String pickupName,
    String pickupRegion,
    String pickupPhone,
    String deliveryName,
    String deliveryRegion,
    String deliveryPhone,
    BigDecimal weightKg,
    int packages,
    BigDecimal declaredValue) {}
