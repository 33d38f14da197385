package io.mandi.rfq;

import java.math.BigDecimal;

/** The shortlist rules' verdict on one candidate: invited or not, its score and why. */
public record ShortlistEntry(long sellerId, boolean invited, BigDecimal score, String why) {}
