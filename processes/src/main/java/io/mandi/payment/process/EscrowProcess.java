package io.mandi.payment.process;

/** Names in escrow.bpmn that code refers to; the contract test keeps them in sync. */
public final class EscrowProcess {
  public static final String PROCESS_ID = "escrow";
  public static final String RESOURCE = "bpmn/escrow.bpmn";

  public static final String MESSAGE_PAYMENT_HELD = "payment-held";
  public static final String MESSAGE_GOODS_DELIVERED = "goods-delivered";
  public static final String MESSAGE_RECEIPT_CONFIRMED = "receipt-confirmed";
  public static final String MESSAGE_DISPUTE_OPENED = "dispute-opened";
  public static final String MESSAGE_OFFER_ANSWERED = "dispute-offer-answered";

  public static final String JOB_REQUEST_PAYMENT = "escrow-request-payment";
  public static final String JOB_CANCEL_UNPAID = "escrow-cancel-unpaid";
  public static final String JOB_TRANSFER_ON_HOLD = "escrow-transfer-on-hold";
  public static final String JOB_ANNOUNCE_FUNDED = "escrow-announce-funded";
  public static final String JOB_RELEASE = "escrow-release";
  public static final String JOB_SETTLE_DISPUTE = "escrow-settle-dispute";
  public static final String JOB_CURRENT_SELLER = "escrow-current-seller";

  public static final String ERROR_PAYMENT_NOT_RECEIVED = "PAYMENT_NOT_RECEIVED";

  public static final String USER_TASK_SELLER_DISPUTE_RESPONSE = "UserTask_SellerDisputeResponse";
  public static final String USER_TASK_MEDIATE_DISPUTE = "UserTask_MediateDispute";

  /** ISO-8601 duration the buyer has to pay after the seller accepted. */
  public static final String VARIABLE_PAYMENT_WINDOW = "paymentWindow";

  /** ISO-8601 duration the buyer has after delivery to dispute; then it is deemed accepted. */
  public static final String VARIABLE_INSPECTION_PERIOD = "inspectionPeriod";

  /** ISO-8601 duration for the seller to answer a dispute, and for the buyer to answer an offer. */
  public static final String VARIABLE_NEGOTIATION_WINDOW = "negotiationWindow";

  /** ISO-8601 duration operations have to decide a dispute. */
  public static final String VARIABLE_MEDIATION_SLA = "mediationSla";

  public static final String VARIABLE_RELEASE_REASON = "releaseReason";
  public static final String VARIABLE_OFFER_ACCEPTED = "offerAccepted";

  private EscrowProcess() {}
}
