package io.mandi.recovery.process;

/** Names in order-recovery.bpmn that code refers to; the contract test keeps them in sync. */
public final class OrderRecoveryProcess {
  public static final String PROCESS_ID = "order-recovery";
  public static final String RESOURCE = "bpmn/order-recovery.bpmn";

  /** Published once per engine run at application start; starts a sweep at once. */
  public static final String MESSAGE_RECOVERY_REQUESTED = "recovery-requested";

  public static final String TIMER_START = "TimerDefinition_Interval";

  public static final String JOB_FIND_CASES = "recovery-find-cases";
  public static final String JOB_CHOOSE_REMEDY = "recovery-choose-remedy";
  public static final String JOB_APPLY_REMEDY = "recovery-apply-remedy";

  public static final String USER_TASK_RESOLVE_CASE = "UserTask_ResolveCase";

  public static final String VARIABLE_CASE_IDS = "caseIds";
  public static final String VARIABLE_CASE_ID = "caseId";
  public static final String VARIABLE_NEEDS_PERSON = "needsPerson";

  private OrderRecoveryProcess() {}
}
