package io.mandi.payment;

import java.math.BigDecimal;
import java.time.Instant;

public record PaymentIntent(
    long orderId,
    String idempotencyKey,
    BigDecimal amount,
    String currency,
    String gatewayOrderId,
    String paymentId,
    PaymentStatus status,
    Instant createdAt,
    Instant updatedAt) {}
