package io.mandi.recovery;

import java.util.Optional;

/**
 * Reads the step an order waits in from its recorded facts. The rule for each status follows the
 * models: what has been committed is done (so nothing is repeated), and the first step not yet
 * committed is where the order resumes. Empty when the order is final or its facts contradict each
 * other, which a person must look at.
 */
public final class WaitingSteps {
  private WaitingSteps() {}

  public static Optional<WaitingStep> of(OrderFacts order) {
    return Optional.ofNullable(
        switch (order.status()) {
          case PLACED -> WaitingStep.ACCEPTANCE;
          case AWAITING_CREDIT_APPROVAL -> WaitingStep.CREDIT_APPROVAL;
          case AWAITING_ACCEPTANCE -> vendorStep(order);
          case CONFIRMED -> confirmedStep(order);
          case SHIPPED ->
              "DELIVERED".equals(order.shipmentStatus())
                  ? WaitingStep.DELIVERY_RECORDING
                  : WaitingStep.DELIVERY;
          case DELIVERED -> deliveredStep(order);
          case DISPUTED -> disputeStep(order);
          case REJECTED, CANCELLED, COMPLETED, REFUNDED -> null;
        });
  }

  private static WaitingStep vendorStep(OrderFacts order) {
    boolean reassigning = order.paid();
    if ("VENDOR_ESCALATION".equals(order.openTaskKind())) {
      return reassigning ? WaitingStep.REASSIGNMENT_VENDOR_PICK : WaitingStep.VENDOR_PICK;
    }
    if (order.lastRound() != null && order.lastRoundOutcome() == null) {
      return reassigning
          ? WaitingStep.REASSIGNMENT_VENDOR_ACCEPTANCE
          : WaitingStep.VENDOR_ACCEPTANCE;
    }
    if ("ACCEPTED".equals(order.lastRoundOutcome())) {
      return reassigning ? WaitingStep.REASSIGNMENT_CONFIRMATION : WaitingStep.ORDER_CONFIRMATION;
    }
    return reassigning ? WaitingStep.REASSIGNMENT_VENDOR_ASSIGNMENT : WaitingStep.VENDOR_ASSIGNMENT;
  }

  private static WaitingStep confirmedStep(OrderFacts order) {
    if (order.paymentStatus() == null) {
      return WaitingStep.BUYER_NOTICE;
    }
    if (!order.paid()) {
      // Without a gateway order the buyer cannot pay: ask for it again (the same key is reused).
      return order.gatewayOrderCreated() ? WaitingStep.PAYMENT : WaitingStep.PAYMENT_REQUEST;
    }
    if (!"ON_HOLD".equals(order.transferStatus())) {
      return WaitingStep.TRANSFER_ON_HOLD;
    }
    if (order.shipmentStatus() == null || "CANCELLED".equals(order.shipmentStatus())) {
      return WaitingStep.PACKING;
    }
    return WaitingStep.SHIPMENT_BOOKING;
  }

  private static WaitingStep deliveredStep(OrderFacts order) {
    if ("HELD".equals(order.escrowStatus())) {
      return order.settlementClaimed() ? WaitingStep.RELEASE_ON_RECEIPT : WaitingStep.INSPECTION;
    }
    return order.invoiced() ? WaitingStep.CLOSING : WaitingStep.INVOICE;
  }

  private static WaitingStep disputeStep(OrderFacts order) {
    if (order.disputeStatus() == null) {
      return null;
    }
    return switch (order.disputeStatus()) {
      case "OPEN" -> WaitingStep.DISPUTE_RESPONSE;
      case "OFFERED" -> WaitingStep.OFFER_ANSWER;
      case "IN_MEDIATION" -> WaitingStep.MEDIATION;
      case "DECIDED" -> WaitingStep.DISPUTE_SETTLEMENT;
      default -> order.invoiced() ? WaitingStep.CLOSING : WaitingStep.INVOICE;
    };
  }
}
