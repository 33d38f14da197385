package io.mandi.payment;

/** A webhook names a payment the gateway does not know: refused, nothing recorded. */
public class UnknownPaymentException extends RuntimeException {
  public UnknownPaymentException(String message) {
    super(message);
  }
}
