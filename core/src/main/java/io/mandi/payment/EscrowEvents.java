package io.mandi.payment;

/** Port: tells an order's escrow process what happened to its money (implemented by workers). */
public interface EscrowEvents {

  /** The buyer's payment is held in escrow. Must be idempotent per order. */
  void paymentHeld(long orderId);

  /** The buyer confirmed receiving the goods. Must be idempotent per order. */
  void receiptConfirmed(long orderId);
}
