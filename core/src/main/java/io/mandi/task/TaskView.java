package io.mandi.task;

/** Which of the open tasks an inbox shows. */
public enum TaskView {
  /** Every open task the person may see. */
  ALL,
  /** Those assigned to the person (claimed, assigned or delegated to them). */
  MINE,
  /** Those nobody has claimed yet. */
  UNASSIGNED,
  /** Those past their due date. */
  OVERDUE,
  /** Those escalated to the supervisors. */
  ESCALATED,
  /** Those whose follow-up date has come. */
  FOLLOW_UP
}
