package io.mandi.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** The seller's share of an order's payment, transferred on hold to its gateway account. */
public record EscrowTransfer(
    long orderId,
    String idempotencyKey,
    String account,
    BigDecimal amount,
    String transferId,
    EscrowTransferStatus status,
    BigDecimal reversedAmount,
    Instant createdAt,
    Instant updatedAt) {}
