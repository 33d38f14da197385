package io.mandi.vendor;

import java.math.BigDecimal;
import java.time.Instant;

/** Why a vendor was chosen or skipped in a round: shown on the order page. */
public record VendorDecision(
    long orderId,
    int round,
    long sellerId,
    String sellerName,
    boolean chosen,
    BigDecimal score,
    String reason,
    String decidedBy,
    Instant decidedAt) {}
