package io.mandi.account;

/** The acting user may not do or see this. */
public class NotAllowedException extends RuntimeException {
  public NotAllowedException(String message) {
    super(message);
  }
}
