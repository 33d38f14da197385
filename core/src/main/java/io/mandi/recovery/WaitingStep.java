package io.mandi.recovery;

/**
 * The step an order waits in (or was about to run) as its recorded state says; a re-created process
 * instance starts here. The processes module places each one in the models (its {@code ResumePoint}
 * has the same names).
 */
public enum WaitingStep {
  ACCEPTANCE,
  CREDIT_APPROVAL,
  VENDOR_ASSIGNMENT,
  VENDOR_ACCEPTANCE,
  VENDOR_PICK,
  ORDER_CONFIRMATION,
  BUYER_NOTICE,
  PAYMENT_REQUEST,
  PAYMENT,
  TRANSFER_ON_HOLD,
  REASSIGNMENT_VENDOR_ASSIGNMENT,
  REASSIGNMENT_VENDOR_ACCEPTANCE,
  REASSIGNMENT_VENDOR_PICK,
  REASSIGNMENT_CONFIRMATION,
  PACKING,
  SHIPMENT_BOOKING,
  DELIVERY,
  DELIVERY_RECORDING,
  INSPECTION,
  RELEASE_ON_RECEIPT,
  DISPUTE_RESPONSE,
  OFFER_ANSWER,
  MEDIATION,
  DISPUTE_SETTLEMENT,
  INVOICE,
  CLOSING
}
