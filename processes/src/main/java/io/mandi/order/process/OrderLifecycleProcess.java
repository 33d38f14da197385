package io.mandi.order.process;

/** Names in order-lifecycle.bpmn that code refers to; the contract test keeps them in sync. */
public final class OrderLifecycleProcess {
  public static final String PROCESS_ID = "order-lifecycle";
  public static final String RESOURCE = "bpmn/order-lifecycle.bpmn";

  public static final String MESSAGE_ORDER_PLACED = "order-placed";
  public static final String MESSAGE_CANCEL_REQUESTED = "order-cancel-requested";
  public static final String MESSAGE_SHIPMENT_DELIVERED = "shipment-delivered";

  public static final String JOB_REJECT = "order-reject";
  public static final String JOB_NOTIFY_CONFIRMED = "order-notify-confirmed";
  public static final String JOB_COMPENSATE_CANCELLATION = "order-compensate-cancellation";
  public static final String JOB_BOOK_SHIPMENT = "shipment-book";
  public static final String JOB_RECORD_DELIVERY = "order-delivered";
  public static final String JOB_INVOICE = "order-invoice";
  public static final String JOB_CLOSE = "order-close";

  public static final String USER_TASK_READY_TO_SHIP = "UserTask_ReadyToShip";

  /** Variables the process reads or the workers exchange. */
  public static final class Variables {
    public static final String ORDER_ID = "orderId";
    public static final String SELLER_GROUP = "sellerGroup";
    public static final String VALID = "valid";
    public static final String REJECTION_REASON = "rejectionReason";

    /** ISO-8601 duration the seller has to decide; timer and due date both run on engine time. */
    public static final String ACCEPTANCE_SLA = "acceptanceSla";

    public static final String CREDIT_APPROVED = "creditApproved";

    /** ISO-8601 duration operations have to decide on credit. */
    public static final String CREDIT_APPROVAL_SLA = "creditApprovalSla";

    /** ISO-8601 duration the seller has to pack once the order is paid. */
    public static final String DISPATCH_SLA = "dispatchSla";

    public static final String DECIDED_BY = "decidedBy";
    public static final String DECISION_COMMENT = "decisionComment";
    public static final String CANCELLED_BY = "cancelledBy";
    public static final String CANCEL_REASON = "cancelReason";

    private Variables() {}
  }

  private OrderLifecycleProcess() {}
}
