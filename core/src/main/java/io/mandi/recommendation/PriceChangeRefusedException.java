package io.mandi.recommendation;

/** A price change was refused, with the reason in words for the seller or operations. */
public class PriceChangeRefusedException extends IllegalArgumentException {
  public PriceChangeRefusedException(String message) {
    super(message);
  }
}
