package io.mandi.dispute;

import java.math.BigDecimal;
import java.time.Instant;

public record Dispute(
    long orderId,
    String openedBy,
    String reason,
    String evidence,
    DisputeStatus status,
    BigDecimal offeredRefund,
    String sellerComment,
    Resolution resolution,
    BigDecimal refundAmount,
    String decidedBy,
    String decisionComment,
    Instant openedAt,
    Instant resolvedAt,
    String refundedLines) {}
