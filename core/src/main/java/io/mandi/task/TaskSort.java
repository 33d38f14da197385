package io.mandi.task;

/** How an inbox orders its tasks; each ends on the task's id, so pages never overlap. */
public enum TaskSort {
  /** Due first, those without a due date last. */
  DUE,
  /** High priority first, then due first. */
  PRIORITY,
  /** Oldest first. */
  CREATED
}
