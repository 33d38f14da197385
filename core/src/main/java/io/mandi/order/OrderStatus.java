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
  /** Booked with the courier: it has an AWB and a label. */
  SHIPPED,
  /** Proof of delivery received; the buyer's inspection period runs. */
  DELIVERED,
  /** The buyer raised a dispute in the inspection period. */
  DISPUTED,
  /** A dispute was decided in the buyer's favour: everything held went back. */
  REFUNDED,
  /** Called off by the buyer, operations, or for non-payment; anything reserved went back. */
  CANCELLED,
  /** The buyer has the goods, the seller has been paid out of escrow and the invoice issued. */
  COMPLETED;

  public Set<OrderStatus> next() {
    return switch (this) {
      case PLACED -> EnumSet.of(AWAITING_CREDIT_APPROVAL, AWAITING_ACCEPTANCE, REJECTED, CANCELLED);
      case AWAITING_CREDIT_APPROVAL -> EnumSet.of(AWAITING_ACCEPTANCE, REJECTED, CANCELLED);
      case AWAITING_ACCEPTANCE -> EnumSet.of(CONFIRMED, REJECTED, CANCELLED);
      // back to AWAITING_ACCEPTANCE: the vendor could not ship and the order is offered again
      case CONFIRMED -> EnumSet.of(SHIPPED, AWAITING_ACCEPTANCE, CANCELLED);
      case SHIPPED -> EnumSet.of(DELIVERED, CANCELLED);
      case DELIVERED -> EnumSet.of(DISPUTED, COMPLETED, CANCELLED);
      case DISPUTED -> EnumSet.of(COMPLETED, REFUNDED, CANCELLED);
      case REJECTED, CANCELLED, COMPLETED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
    };
  }

  public boolean isFinal() {
    return next().isEmpty();
  }
}
