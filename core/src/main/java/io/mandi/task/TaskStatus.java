package io.mandi.task;

public enum TaskStatus {
  OPEN,
  COMPLETED,
  /** The engine no longer waits for it (a timer fired or the process moved on). */
  CANCELED
}
