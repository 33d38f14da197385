package io.mandi.ledger;

import java.time.Instant;

public record LedgerTransaction(
    long id,
    String idempotencyKey,
    TransactionKind kind,
    long orderId,
    String description,
    Instant createdAt) {}
