package io.mandi.payment.process;

/** Names in escrow-funding.bpmn that code refers to; the contract test keeps them in sync. */
public final class EscrowFundingProcess {
  public static final String PROCESS_ID = "escrow-funding";
  public static final String RESOURCE = "bpmn/escrow-funding.bpmn";

  public static final String MESSAGE_PAYMENT_HELD = "payment-held";

  public static final String JOB_REQUEST_PAYMENT = "escrow-request-payment";
  public static final String JOB_CANCEL_UNPAID = "escrow-cancel-unpaid";

  /** Transfers the seller's share on hold; vendor-reassignment runs it for the new vendor too. */
  public static final String JOB_TRANSFER_ON_HOLD = "escrow-transfer-on-hold";

  public static final String ERROR_PAYMENT_NOT_RECEIVED = "PAYMENT_NOT_RECEIVED";

  /** ISO-8601 duration the buyer has to pay after the order was accepted. */
  public static final String VARIABLE_PAYMENT_WINDOW = "paymentWindow";

  /** When the gateway order was created: the payment window runs from here. */
  public static final String VARIABLE_PAYMENT_REQUESTED_AT = "paymentRequestedAt";

  private EscrowFundingProcess() {}
}
