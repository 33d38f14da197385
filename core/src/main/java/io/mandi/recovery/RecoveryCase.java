package io.mandi.recovery;

import java.time.Instant;

/** One finding of the recovery sweep and where its remedy stands. */
public record RecoveryCase(
    long id,
    Long orderId,
    RecoveryKind kind,
    String subject,
    String detail,
    RecoveryCaseStatus status,
    int attempts,
    Instant detectedAt,
    Instant nextAttemptAt,
    Instant closedAt,
    String closedBy) {}
