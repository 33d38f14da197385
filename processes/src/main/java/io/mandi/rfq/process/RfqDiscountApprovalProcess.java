package io.mandi.rfq.process;

/**
 * Names in rfq-discount-approval.bpmn that code refers to; the contract test keeps them in sync.
 */
public final class RfqDiscountApprovalProcess {
  public static final String PROCESS_ID = "rfq-discount-approval";
  public static final String RESOURCE = "bpmn/rfq-discount-approval.bpmn";

  public static final String MESSAGE_APPROVAL_NEEDED = "rfq-discount-approval-needed";

  public static final String USER_TASK_APPROVE_DISCOUNT = "UserTask_ApproveDiscount";

  private RfqDiscountApprovalProcess() {}
}
