package io.mandi.rfq;

import io.mandi.account.Role;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One revision in an invited seller's negotiation: a quote by the seller, or a counter-offer by the
 * buyer (author BUYER, valid until the seller must answer it).
 *
 * @param round 0 for quotes before any counter-offer, then the counter-offer round they follow
 * @param listTotal what the lines would cost at the seller's catalog prices; null with no catalog
 *     price for some line
 */
public record QuoteRevision(
    long id,
    long invitationId,
    long rfqId,
    long sellerId,
    String sellerName,
    int revision,
    int round,
    Role authorRole,
    QuoteStatus status,
    int leadTimeDays,
    Instant validUntil,
    String notes,
    BigDecimal total,
    BigDecimal listTotal,
    BigDecimal score,
    String scoreReasons,
    String scoreRules,
    String createdBy,
    Instant createdAt) {

  public boolean counterOffer() {
    return authorRole == Role.BUYER;
  }

  /** The seller's quote a counter-offer answered: its latest countered revision before it. */
  static java.util.Optional<QuoteRevision> counteredBy(
      java.util.List<QuoteRevision> revisions, QuoteRevision counter) {
    return revisions.stream()
        .filter(q -> q.invitationId() == counter.invitationId() && !q.counterOffer())
        .filter(q -> q.status() == QuoteStatus.COUNTERED && q.revision() < counter.revision())
        .max(java.util.Comparator.comparingInt(QuoteRevision::revision));
  }
}
