package io.mandi.rfq;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a buyer asks for. The request id makes a resubmitted form the same request.
 *
 * @param invite sellers the buyer wants asked besides the shortlist
 * @param exclude sellers the buyer does not want asked
 */
public record NewRfq(
    UUID requestId,
    String title,
    String deliveryRegion,
    LocalDate deliverBy,
    Instant closesAt,
    Integer closeAfterResponses,
    int maxCounterRounds,
    List<Line> lines,
    List<Long> invite,
    List<Long> exclude) {

  /** A catalog product (productId) or an item in words (productId null, description given). */
  public record Line(
      Long productId, String description, int quantity, String unit, BigDecimal targetUnitPrice) {}
}
