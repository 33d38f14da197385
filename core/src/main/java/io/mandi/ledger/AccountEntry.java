package io.mandi.ledger;

import java.math.BigDecimal;
import java.time.Instant;

/** One posting on an account, with the movement it belongs to. */
public record AccountEntry(
    long transactionId, long orderId, TransactionKind kind, BigDecimal amount, Instant createdAt) {}
