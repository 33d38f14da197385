package io.mandi.ledger;

import java.time.Instant;

/** A transaction about to be inserted; MyBatis sets the generated id. */
public final class NewTransaction {
  public Long id;
  public final String idempotencyKey;
  public final TransactionKind kind;
  public final long orderId;
  public final String description;
  public final Instant createdAt;

  NewTransaction(
      String idempotencyKey,
      TransactionKind kind,
      long orderId,
      String description,
      Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.kind = kind;
    this.orderId = orderId;
    this.description = description;
    this.createdAt = createdAt;
  }
}
