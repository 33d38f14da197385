package io.mandi.rfq;

import java.math.BigDecimal;

/**
 * A quote's price for one line of the request.
 *
 * @param offerId the seller's catalog offer that fulfils the line (it becomes the order line)
 * @param listPrice that offer's catalog price for the quantity; null without an offer
 */
public record QuoteLine(
    long quoteId, int lineNo, BigDecimal unitPrice, Long offerId, BigDecimal listPrice) {}
