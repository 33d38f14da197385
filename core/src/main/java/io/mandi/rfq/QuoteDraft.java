package io.mandi.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A seller's quote, or the buyer's counter-offer, as entered.
 *
 * @param lines one per line of the request, in its order
 * @param belowFloorConfirmed the seller confirmed a price below its own floor price
 */
public record QuoteDraft(
    List<Line> lines,
    int leadTimeDays,
    Instant validUntil,
    String notes,
    boolean belowFloorConfirmed) {

  /**
   * @param offerId the seller's offer that fulfils the line: found by itself for a catalog product,
   *     chosen by the seller for an item in words
   */
  public record Line(BigDecimal unitPrice, Long offerId) {}
}
