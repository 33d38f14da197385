package io.mandi.recommendation;

/** A price change was refused, with the reason in words for the seller or operations. */
public class PriceChangeRefusedException extends RuntimeException {
  public PriceChangeRefusedException(String message) {
    super(message);
  }
}
