package io.mandi.rfq;

import java.time.Instant;

/**
 * What a look at a request's answers found.
 *
 * @param closed the closing rule is met: the request no longer takes first quotes
 * @param closesAt when to look again if it is still open
 * @param openQuotes quotes the buyer can compare
 */
public record ReviewResult(boolean closed, Instant closesAt, int openQuotes) {}
