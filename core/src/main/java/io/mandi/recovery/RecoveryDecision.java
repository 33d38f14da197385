package io.mandi.recovery;

import java.time.Instant;

/** A remedy chosen for a case, as stored and shown on the order page. */
public record RecoveryDecision(
    long id,
    long caseId,
    RecoveryKind kind,
    Remedy remedy,
    String explanation,
    String rules,
    String facts,
    Instant decidedAt,
    String outcome,
    String outcomeDetail,
    Instant appliedAt) {}
