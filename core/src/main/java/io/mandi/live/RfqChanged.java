package io.mandi.live;

/**
 * A request for quotation changed: a quote, an answer, a decision, its closing or its award.
 * Published inside the transaction that made the change; listeners act only after it commits.
 */
public record RfqChanged(long rfqId) {}
