package io.mandi.rfq;

/** A request for quotation refused what was asked, with a message for the person who asked. */
public class RfqRefusedException extends IllegalArgumentException {
  public RfqRefusedException(String message) {
    super(message);
  }
}
