package io.mandi.rfq;

import java.math.BigDecimal;
import java.util.List;

/** A quote's score and the reasons for each part of it, as the buyer reads them. */
public record QuoteScore(long quoteId, BigDecimal score, List<String> reasons, String rules) {}
