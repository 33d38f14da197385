package io.mandi.rfq;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A buyer's request for quotation.
 *
 * @param closesAt when invited sellers must have answered (their time moves on while a question of
 *     theirs waits for the buyer)
 * @param closeAfterResponses close as soon as this many sellers answered; null for the deadline
 *     only
 * @param maxCounterRounds how many counter-offers the buyer may make to one seller
 */
public record Rfq(
    long id,
    long buyerId,
    String title,
    String deliveryRegion,
    LocalDate deliverBy,
    Instant closesAt,
    Integer closeAfterResponses,
    int maxCounterRounds,
    RfqStatus status,
    String createdBy,
    Instant createdAt) {}
