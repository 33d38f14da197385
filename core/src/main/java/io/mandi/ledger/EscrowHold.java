package io.mandi.ledger;

import java.math.BigDecimal;

public record EscrowHold(
    long orderId,
    BigDecimal amount,
    EscrowStatus status,
    long holdTransactionId,
    Long resolutionTransactionId) {}
