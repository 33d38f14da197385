package io.mandi.task;

/** What was done to a task, as its audit trail records it. */
public enum TaskAction {
  CLAIMED,
  UNCLAIMED,
  ASSIGNED,
  DELEGATED,
  HANDED_BACK,
  PRIORITY,
  DUE_DATE,
  FOLLOW_UP,
  ESCALATED,
  COMPLETED
}
