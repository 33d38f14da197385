package io.mandi.vendor;

import java.math.BigDecimal;

/** A vendor's place in the ranking: eligible with a score, or skipped, and why. */
public record VendorRanking(
    long sellerId, String sellerName, boolean eligible, BigDecimal score, String reason) {}
