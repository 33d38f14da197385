package io.mandi.order.process;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a re-created order-lifecycle instance starts, for each step an order can be waiting in.
 * Start instructions place the new instance at an element of order-lifecycle only; a step inside a
 * called process starts that call activity with a {@code resumeAt} value, and the called process's
 * first gateway routes to the step (ADR 0007). Names match the core's {@code WaitingStep}.
 */
public enum ResumePoint {
  ACCEPTANCE("CallActivity_OrderAcceptance", null),
  CREDIT_APPROVAL("CallActivity_OrderAcceptance", "credit-approval"),
  VENDOR_ASSIGNMENT("CallActivity_OrderAcceptance", "vendor-assignment"),
  VENDOR_ACCEPTANCE("CallActivity_OrderAcceptance", "vendor-acceptance"),
  VENDOR_PICK("CallActivity_OrderAcceptance", "vendor-pick"),
  ORDER_CONFIRMATION("CallActivity_OrderAcceptance", "confirm"),
  BUYER_NOTICE("Task_NotifyBuyerConfirmed", null),
  PAYMENT_REQUEST("CallActivity_EscrowFunding", null),
  PAYMENT("CallActivity_EscrowFunding", "await-payment"),
  TRANSFER_ON_HOLD("CallActivity_EscrowFunding", "transfer-on-hold"),
  REASSIGNMENT_VENDOR_ASSIGNMENT("CallActivity_VendorReassignment", "vendor-assignment"),
  REASSIGNMENT_VENDOR_ACCEPTANCE("CallActivity_VendorReassignment", "vendor-acceptance"),
  REASSIGNMENT_VENDOR_PICK("CallActivity_VendorReassignment", "vendor-pick"),
  REASSIGNMENT_CONFIRMATION("CallActivity_VendorReassignment", "reconfirm"),
  PACKING("UserTask_ReadyToShip", null),
  SHIPMENT_BOOKING("Task_BookShipment", null),
  DELIVERY("Gateway_AwaitDelivery", null),
  DELIVERY_RECORDING("Task_RecordDelivery", null),
  INSPECTION("CallActivity_EscrowSettlement", "inspection"),
  RELEASE_ON_RECEIPT("CallActivity_EscrowSettlement", null),
  DISPUTE_RESPONSE("CallActivity_EscrowSettlement", "dispute-response"),
  OFFER_ANSWER("CallActivity_EscrowSettlement", "offer-answer"),
  MEDIATION("CallActivity_EscrowSettlement", "mediation"),
  DISPUTE_SETTLEMENT("CallActivity_EscrowSettlement", "settle-dispute"),
  INVOICE("Task_IssueInvoice", null),
  CLOSING("Task_CloseOrder", null);

  /** The variable that carries the resume context into the called processes. */
  public static final String VARIABLE_RESUME = "resume";

  private final String element;
  private final String resumeAt;

  ResumePoint(String element, String resumeAt) {
    this.element = element;
    this.resumeAt = resumeAt;
  }

  /** The order-lifecycle element the new instance starts before. */
  public String element() {
    return element;
  }

  /** What the called process's resume gateway routes on; null to run it from its start. */
  public String resumeAt() {
    return resumeAt;
  }

  /**
   * The new instance's variables: the order's own (orderId, sellerGroup, its SLAs) at the root, and
   * for a step inside a called process the context that process needs (its windows, when they
   * started, the vendor round), which the call activity hands down and then clears.
   */
  public Map<String, Object> variables(Map<String, Object> order, Map<String, Object> context) {
    Map<String, Object> variables = new HashMap<>(order);
    if (element.startsWith("CallActivity_")) {
      Map<String, Object> resume = new HashMap<>(context);
      resume.put("at", resumeAt);
      variables.put(VARIABLE_RESUME, resume);
    }
    return variables;
  }
}
