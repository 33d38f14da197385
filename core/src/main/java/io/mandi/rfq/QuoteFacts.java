package io.mandi.rfq;

import io.mandi.catalog.SellerKind;
import java.math.BigDecimal;

/**
 * What the scoring rules know about one open quote, beside the others on the same request.
 *
 * @param lowestTotal the lowest total among the open quotes
 * @param targetTotal the buyer's target prices times quantities; null if a line has no target
 * @param daysLate days the delivery would arrive after the buyer's date (0 if in time)
 * @param fastestLeadTime the shortest lead time among the open quotes
 */
public record QuoteFacts(
    long quoteId,
    long sellerId,
    String sellerName,
    SellerKind kind,
    boolean local,
    BigDecimal total,
    BigDecimal lowestTotal,
    BigDecimal targetTotal,
    int leadTimeDays,
    int fastestLeadTime,
    int daysLate,
    Double acceptanceRate,
    Double onTimeRate) {}
