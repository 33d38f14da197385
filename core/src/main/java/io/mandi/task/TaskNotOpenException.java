package io.mandi.task;

/** The task was already completed or canceled: the decision was not applied. */
public class TaskNotOpenException extends RuntimeException {
  public TaskNotOpenException(long taskId, TaskStatus status) {
    super("Task " + taskId + " is already " + status.name().toLowerCase());
  }
}
