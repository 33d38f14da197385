package io.mandi.outbox;

import java.time.Instant;

/**
 * One thing to tell; {@code attempts} counts deliveries tried, {@code lastError} the last fault.
 */
public record OutboxEntry(
    long id,
    String kind,
    String dedupKey,
    String payload,
    OutboxStatus status,
    int attempts,
    String lastError,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant sentAt) {}
