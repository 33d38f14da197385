package io.mandi.recovery;

import java.time.Instant;

/** One audited bulk action on one order. */
public record OrderActionRecord(
    long orderId, BulkAction action, String actor, Instant at, String outcome, String detail) {}
