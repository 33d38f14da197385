package io.mandi.escrow.process;

/** Names in escrow.bpmn that code refers to; the contract test keeps them in sync. */
public final class EscrowProcess {
  public static final String PROCESS_ID = "escrow";
  public static final String RESOURCE = "bpmn/escrow.bpmn";

  public static final String MESSAGE_PAYMENT_HELD = "payment-held";
  public static final String MESSAGE_RECEIPT_CONFIRMED = "receipt-confirmed";

  public static final String JOB_REQUEST_PAYMENT = "escrow-request-payment";
  public static final String JOB_CANCEL_UNPAID = "escrow-cancel-unpaid";
  public static final String JOB_RELEASE = "escrow-release";

  /** ISO-8601 duration the buyer has to pay after the seller accepted. */
  public static final String VARIABLE_PAYMENT_WINDOW = "paymentWindow";

  private EscrowProcess() {}
}
