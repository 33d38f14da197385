package io.mandi.task;

import io.mandi.outbox.DeliveryRejectedException;

/** The engine no longer waits for the task's job: the decision cannot take effect there. */
public class TaskNoLongerActiveException extends DeliveryRejectedException {
  public TaskNoLongerActiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
