package io.mandi.payment;

/** Port: tells the order's process that its payment is held in escrow (implemented by workers). */
public interface PaymentEvents {

  /** Must be idempotent per order. */
  void paymentHeld(long orderId);
}
