package io.mandi.rfq;

/** A line of the request the buyer accepted from one quote, and the order it became. */
public record RfqAward(long rfqId, int lineNo, long quoteId, long sellerId, Long orderId) {}
