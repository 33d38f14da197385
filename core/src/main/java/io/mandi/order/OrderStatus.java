package io.mandi.order;

import java.util.EnumSet;
import java.util.Set;

/** Where an order stands in its lifecycle; the allowed moves are listed here and nowhere else. */
public enum OrderStatus {
  PLACED,
  /** Over the buyer's credit limit: operations must approve before the seller is asked. */
  AWAITING_CREDIT_APPROVAL,
  AWAITING_ACCEPTANCE,
  CONFIRMED,
  REJECTED,
  EXPIRED,
  /** Called off by the buyer, operations, or for non-payment; anything reserved went back. */
  CANCELLED,
  /** The buyer has the goods and the seller has been paid out of escrow. */
  COMPLETED;

  public Set<OrderStatus> next() {
    return switch (this) {
      case PLACED -> EnumSet.of(AWAITING_CREDIT_APPROVAL, AWAITING_ACCEPTANCE, REJECTED, CANCELLED);
      case AWAITING_CREDIT_APPROVAL -> EnumSet.of(AWAITING_ACCEPTANCE, REJECTED, CANCELLED);
      case AWAITING_ACCEPTANCE -> EnumSet.of(CONFIRMED, REJECTED, EXPIRED, CANCELLED);
      case CONFIRMED -> EnumSet.of(CANCELLED, COMPLETED);
      case REJECTED, EXPIRED, CANCELLED, COMPLETED -> EnumSet.noneOf(OrderStatus.class);
    };
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
