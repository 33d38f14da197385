package io.mandi.rfq;

import java.time.Instant;

/**
 * A seller asked to quote.
 *
 * @param invitedBy "rules" for the shortlist, else the buyer's username
 * @param why the shortlist's reasons, or the buyer's choice
 * @param respondBy when the seller's time to answer ends
 * @param pausedSince when the seller's open question was asked; null when none is open
 */
public record Invitation(
    long id,
    long rfqId,
    long sellerId,
    String sellerName,
    InvitationStatus status,
    String invitedBy,
    String why,
    String declineReason,
    Instant respondBy,
    Instant pausedSince) {

  /** The decline reason of a seller the buyer does not want asked. */
  static final String EXCLUDED_BY_BUYER = "excluded by the buyer";

  /** The buyer excluded this seller: it is not told of the request and cannot see it. */
  public boolean excluded() {
    return status == InvitationStatus.DECLINED && EXCLUDED_BY_BUYER.equals(declineReason);
  }
}
