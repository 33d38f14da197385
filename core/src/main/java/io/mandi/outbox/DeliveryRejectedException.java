package io.mandi.outbox;

/** The destination will never take this entry (e.g. the engine no longer waits for the job). */
public class DeliveryRejectedException extends RuntimeException {
  public DeliveryRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
