package io.mandi.task;

/**
 * The workflow that was waiting for this action no longer exists (the embedded engine restarted);
 * nothing was changed, and the order waits for recovery.
 */
public class ProcessUnavailableException extends IllegalStateException {
  public ProcessUnavailableException(String message) {
    super(message);
  }
}
