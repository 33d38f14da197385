package io.mandi.process;

/** The engine's job type for user tasks implemented by job workers (no zeebe:userTask). */
public final class UserTasks {
  public static final String JOB_TYPE = "io.camunda.zeebe:userTask";
  public static final String HEADER_CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
  public static final String HEADER_ASSIGNEE = "io.camunda.zeebe:assignee";
  public static final String HEADER_DUE_DATE = "io.camunda.zeebe:dueDate";

  /** Names the kind of human work; the capability that declares the kind owns the task. */
  public static final String HEADER_TASK_KIND = "taskKind";

  private UserTasks() {}
}
