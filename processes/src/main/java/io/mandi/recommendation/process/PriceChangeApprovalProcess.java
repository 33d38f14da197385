package io.mandi.recommendation.process;

/**
 * Names in price-change-approval.bpmn that code refers to; the contract test keeps them in sync.
 */
public final class PriceChangeApprovalProcess {
  public static final String PROCESS_ID = "price-change-approval";
  public static final String RESOURCE = "bpmn/price-change-approval.bpmn";

  public static final String MESSAGE_APPROVAL_NEEDED = "price-change-approval-needed";

  public static final String USER_TASK_APPROVE_CHANGE = "UserTask_ApprovePriceChange";

  /** Process variables. */
  public static final class Variables {
    public static final String PRICE_CHANGE_ID = "priceChangeId";

    private Variables() {}
  }

  private PriceChangeApprovalProcess() {}
}
