package io.mandi.admin;

/** An uploaded process model was refused, with the reasons in words for the admin. */
public class ProcessRefusedException extends RuntimeException {
  public ProcessRefusedException(String message) {
    super(message);
  }
}
