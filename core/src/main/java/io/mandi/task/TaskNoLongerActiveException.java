package io.mandi.task;

public class TaskNoLongerActiveException extends RuntimeException {
  public TaskNoLongerActiveException(String message, Throwable cause) {
    super(message, cause);
  }
}
