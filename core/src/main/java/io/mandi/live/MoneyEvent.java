package io.mandi.live;

import java.math.BigDecimal;

/**
 * Something happened to an order's money that its parties are told about, published in the
 * transaction that recorded it.
 *
 * @param amount the amount concerned (the payment, the refund offered or decided), or null
 */
public record MoneyEvent(long orderId, Kind kind, BigDecimal amount) {
  public enum Kind {
    /** The buyer's payment is held in escrow. */
    PAYMENT_HELD,
    /** The seller offered part of the money back in a dispute. */
    REFUND_OFFERED,
    /** The dispute was decided: {@code amount} goes back to the buyer (0: all to the seller). */
    DISPUTE_DECIDED
  }
}
