package io.mandi.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order about to be inserted; MyBatis sets the generated id. */
public final class NewOrder {
  public Long id;
  public final UUID requestId;
  public final long buyerId;
  public final long sellerId;
  public final OrderStatus status = OrderStatus.PLACED;
  public final BigDecimal totalAmount;
  public final String placedBy;
  public final Instant placedAt;
  public final List<Line> lines;
  public final Delivery delivery;

  public NewOrder(
      UUID requestId,
      long buyerId,
      long sellerId,
      BigDecimal totalAmount,
      String placedBy,
      Instant placedAt,
      List<Line> lines,
      Delivery delivery) {
    this.delivery = delivery;
    this.requestId = requestId;
    this.buyerId = buyerId;
    this.sellerId = sellerId;
    this.totalAmount = totalAmount;
    this.placedBy = placedBy;
    this.placedAt = placedAt;
    this.lines = lines;
  }

  public record Line(
      int lineNo,
      long offerId,
      long productId,
      int quantity,
      BigDecimal unitPrice,
      BigDecimal lineAmount,
      BigDecimal listPrice,
      String priceRuleVersion,
      String priceRules,
      String priceInputs) {}
}
