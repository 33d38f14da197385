package io.mandi.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

public record Order(
    long id,
    UUID requestId,
    long buyerId,
    String buyerName,
    long sellerId,
    String sellerName,
    OrderStatus status,
    BigDecimal totalAmount,
    String currency,
    Long processInstanceKey,
    String placedBy,
    Instant placedAt,
    Instant updatedAt) {}
