package io.mandi.recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A seller's change of an offer's price, with why and what became of it. */
public record PriceChange(
    long id,
    UUID requestId,
    long offerId,
    long sellerId,
    BigDecimal oldPrice,
    BigDecimal newPrice,
    BigDecimal changePercent,
    String reasons,
    PriceChangeStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {}
