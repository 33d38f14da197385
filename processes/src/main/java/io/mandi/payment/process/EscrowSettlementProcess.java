package io.mandi.payment.process;

/** Names in escrow-settlement.bpmn that code refers to; the contract test keeps them in sync. */
public final class EscrowSettlementProcess {
  public static final String PROCESS_ID = "escrow-settlement";
  public static final String RESOURCE = "bpmn/escrow-settlement.bpmn";

  /** The buyer has the goods; order-lifecycle also takes it as proof of delivery. */
  public static final String MESSAGE_RECEIPT_CONFIRMED = "receipt-confirmed";

  public static final String MESSAGE_DISPUTE_OPENED = "dispute-opened";
  public static final String MESSAGE_OFFER_ANSWERED = "dispute-offer-answered";

  public static final String JOB_START_INSPECTION = "escrow-start-inspection";
  public static final String JOB_RELEASE = "escrow-release";
  public static final String JOB_SETTLE_DISPUTE = "escrow-settle-dispute";

  public static final String USER_TASK_SELLER_DISPUTE_RESPONSE = "UserTask_SellerDisputeResponse";
  public static final String USER_TASK_MEDIATE_DISPUTE = "UserTask_MediateDispute";

  /** Input: the buyer confirmed receipt before the courier's proof of delivery arrived. */
  public static final String VARIABLE_RECEIPT_CONFIRMED = "receiptConfirmed";

  /** ISO-8601 duration the buyer has after delivery to dispute; then it is deemed accepted. */
  public static final String VARIABLE_INSPECTION_PERIOD = "inspectionPeriod";

  /** ISO-8601 duration for the seller to answer a dispute, and for the buyer to answer an offer. */
  public static final String VARIABLE_NEGOTIATION_WINDOW = "negotiationWindow";

  /** ISO-8601 duration operations have to decide a dispute. */
  public static final String VARIABLE_MEDIATION_SLA = "mediationSla";

  /** When the buyer opened the dispute: the seller's negotiation window runs from here. */
  public static final String VARIABLE_DISPUTE_OPENED_AT = "disputeOpenedAt";

  /** When the goods were delivered: the buyer's inspection period runs from here. */
  public static final String VARIABLE_DELIVERED_AT = "deliveredAt";

  public static final String VARIABLE_RELEASE_REASON = "releaseReason";
  public static final String VARIABLE_OFFER_ACCEPTED = "offerAccepted";

  private EscrowSettlementProcess() {}
}
