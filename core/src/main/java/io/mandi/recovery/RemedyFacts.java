package io.mandi.recovery;

import java.math.BigDecimal;

/**
 * What the remedy policy decides on: the finding, the order's status, how long it has been in it,
 * its value, the remedies tried on it before, its vendor's score, whether escrow holds its money,
 * and whether its records name a step its process can be re-created at.
 */
public record RemedyFacts(
    RecoveryKind kind,
    String orderStatus,
    long minutesInStatus,
    BigDecimal orderValue,
    int attemptsSoFar,
    BigDecimal vendorScore,
    String escrowStatus,
    boolean canRecreate) {}
