package io.mandi.rfq;

import java.time.Instant;

/** A message in the thread between the buyer and one invited seller. */
public record RfqMessage(
    long id,
    long invitationId,
    String kind,
    String authorRole,
    String author,
    String body,
    Instant createdAt) {}
