package io.mandi.payment;

public enum PaymentStatus {
  CREATED,
  CAPTURED,
  /** The gateway captured a different amount than the order's: held for a person to look at. */
  AMOUNT_MISMATCH
}
