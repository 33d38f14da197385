package io.mandi.order.process;

/** Names in order-acceptance.bpmn that code refers to; the contract test keeps them in sync. */
public final class OrderAcceptanceProcess {
  public static final String PROCESS_ID = "order-acceptance";
  public static final String RESOURCE = "bpmn/order-acceptance.bpmn";

  public static final String JOB_VALIDATE = "order-validate";
  public static final String JOB_CHECK_CREDIT = "order-check-credit";

  /** Confirms the order with its vendor and reserves stock; vendor-reassignment runs it too. */
  public static final String JOB_CONFIRM = "order-confirm";

  public static final String ERROR_STOCK_UNAVAILABLE = "STOCK_UNAVAILABLE";

  public static final String USER_TASK_APPROVE_CREDIT = "UserTask_ApproveCredit";

  private OrderAcceptanceProcess() {}
}
