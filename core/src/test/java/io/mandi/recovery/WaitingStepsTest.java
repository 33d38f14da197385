package io.mandi.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The step each recorded state resumes at: the first one whose effect is not committed. */
class WaitingStepsTest {
  private static final Instant T = Instant.parse("2026-12-01T10:00:00Z");

  @Test
  void acceptanceSteps() {
    assertThat(step(facts(OrderStatus.PLACED))).isEqualTo(WaitingStep.ACCEPTANCE);
    assertThat(step(facts(OrderStatus.AWAITING_CREDIT_APPROVAL)))
        .isEqualTo(WaitingStep.CREDIT_APPROVAL);
    assertThat(step(round(facts(OrderStatus.AWAITING_ACCEPTANCE), null, null)))
        .isEqualTo(WaitingStep.VENDOR_ACCEPTANCE);
    assertThat(step(round(facts(OrderStatus.AWAITING_ACCEPTANCE), "ACCEPTED", null)))
        .isEqualTo(WaitingStep.ORDER_CONFIRMATION);
    assertThat(step(round(facts(OrderStatus.AWAITING_ACCEPTANCE), "TIMED_OUT", null)))
        .isEqualTo(WaitingStep.VENDOR_ASSIGNMENT);
    assertThat(step(round(facts(OrderStatus.AWAITING_ACCEPTANCE), "REFUSED", "VENDOR_ESCALATION")))
        .isEqualTo(WaitingStep.VENDOR_PICK);
  }

  @Test
  void aPaidOrderBackInAcceptanceIsBeingReassigned() {
    OrderFacts paid = paid(round(facts(OrderStatus.AWAITING_ACCEPTANCE), null, null), null);
    assertThat(step(paid)).isEqualTo(WaitingStep.REASSIGNMENT_VENDOR_ACCEPTANCE);
    OrderFacts newVendorAccepted =
        paid(round(facts(OrderStatus.AWAITING_ACCEPTANCE), "ACCEPTED", null), null);
    assertThat(WaitingSteps.of(newVendorAccepted))
        .as("reassignment's own confirmation has no resume point: a person looks")
        .isEmpty();
  }

  @Test
  void confirmedSteps() {
    assertThat(step(facts(OrderStatus.CONFIRMED))).isEqualTo(WaitingStep.BUYER_NOTICE);
    OrderFacts requested = payment(facts(OrderStatus.CONFIRMED));
    assertThat(step(requested)).isEqualTo(WaitingStep.PAYMENT);
    assertThat(step(paid(requested, null))).isEqualTo(WaitingStep.TRANSFER_ON_HOLD);
    assertThat(step(paid(requested, "ON_HOLD"))).isEqualTo(WaitingStep.PACKING);
    assertThat(step(shipment(paid(requested, "ON_HOLD"), "REQUESTED")))
        .isEqualTo(WaitingStep.SHIPMENT_BOOKING);
  }

  @Test
  void deliveryAndSettlementSteps() {
    assertThat(step(shipment(facts(OrderStatus.SHIPPED), "BOOKED")))
        .isEqualTo(WaitingStep.DELIVERY);
    assertThat(step(shipment(facts(OrderStatus.SHIPPED), "DELIVERED")))
        .isEqualTo(WaitingStep.DELIVERY_RECORDING);
    OrderFacts delivered = paid(payment(facts(OrderStatus.DELIVERED)), "ON_HOLD");
    assertThat(step(delivered)).isEqualTo(WaitingStep.INSPECTION);
    assertThat(step(dispute(delivered, "OPEN"))).isEqualTo(WaitingStep.DISPUTE_RESPONSE);
    assertThat(step(dispute(delivered, "OFFERED"))).isEqualTo(WaitingStep.OFFER_ANSWER);
    assertThat(step(dispute(delivered, "IN_MEDIATION"))).isEqualTo(WaitingStep.MEDIATION);
    assertThat(step(dispute(delivered, "DECIDED"))).isEqualTo(WaitingStep.DISPUTE_SETTLEMENT);
  }

  @Test
  void finalOrdersResumeNowhere() {
    for (OrderStatus status : OrderStatus.values()) {
      if (status.isFinal()) {
        assertThat(WaitingSteps.of(facts(status))).as(status.name()).isEmpty();
      }
    }
  }

  private static WaitingStep step(OrderFacts facts) {
    return WaitingSteps.of(facts).orElseThrow();
  }

  private static OrderFacts facts(OrderStatus status) {
    return new OrderFacts(
        7,
        status,
        1,
        2,
        new BigDecimal("1824.00"),
        "run-1",
        42L,
        T,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        false,
        null);
  }

  private static OrderFacts round(OrderFacts f, String outcome, String openTask) {
    return new OrderFacts(
        f.orderId(),
        f.status(),
        f.buyerId(),
        f.sellerId(),
        f.totalAmount(),
        f.engineRun(),
        f.processInstanceKey(),
        f.statusSince(),
        1,
        outcome,
        T,
        f.paymentStatus(),
        f.paymentRequestedAt(),
        f.escrowStatus(),
        f.transferStatus(),
        f.shipmentStatus(),
        f.settlementClaimed(),
        f.disputeStatus(),
        f.disputeOpenedAt(),
        f.refundOfferedAt(),
        f.deliveredAt(),
        f.invoiced(),
        openTask);
  }

  private static OrderFacts payment(OrderFacts f) {
    return new OrderFacts(
        f.orderId(),
        f.status(),
        f.buyerId(),
        f.sellerId(),
        f.totalAmount(),
        f.engineRun(),
        f.processInstanceKey(),
        f.statusSince(),
        f.lastRound(),
        f.lastRoundOutcome(),
        f.lastRoundOfferedAt(),
        "CREATED",
        T,
        f.escrowStatus(),
        f.transferStatus(),
        f.shipmentStatus(),
        f.settlementClaimed(),
        f.disputeStatus(),
        f.disputeOpenedAt(),
        f.refundOfferedAt(),
        f.deliveredAt(),
        f.invoiced(),
        f.openTaskKind());
  }

  private static OrderFacts paid(OrderFacts f, String transfer) {
    return new OrderFacts(
        f.orderId(),
        f.status(),
        f.buyerId(),
        f.sellerId(),
        f.totalAmount(),
        f.engineRun(),
        f.processInstanceKey(),
        f.statusSince(),
        f.lastRound(),
        f.lastRoundOutcome(),
        f.lastRoundOfferedAt(),
        "CAPTURED",
        T,
        "HELD",
        transfer,
        f.shipmentStatus(),
        f.settlementClaimed(),
        f.disputeStatus(),
        f.disputeOpenedAt(),
        f.refundOfferedAt(),
        f.deliveredAt(),
        f.invoiced(),
        f.openTaskKind());
  }

  private static OrderFacts shipment(OrderFacts f, String shipment) {
    return new OrderFacts(
        f.orderId(),
        f.status(),
        f.buyerId(),
        f.sellerId(),
        f.totalAmount(),
        f.engineRun(),
        f.processInstanceKey(),
        f.statusSince(),
        f.lastRound(),
        f.lastRoundOutcome(),
        f.lastRoundOfferedAt(),
        f.paymentStatus(),
        f.paymentRequestedAt(),
        f.escrowStatus(),
        f.transferStatus(),
        shipment,
        f.settlementClaimed(),
        f.disputeStatus(),
        f.disputeOpenedAt(),
        f.refundOfferedAt(),
        f.deliveredAt(),
        f.invoiced(),
        f.openTaskKind());
  }

  private static OrderFacts dispute(OrderFacts f, String dispute) {
    return new OrderFacts(
        f.orderId(),
        OrderStatus.DISPUTED,
        f.buyerId(),
        f.sellerId(),
        f.totalAmount(),
        f.engineRun(),
        f.processInstanceKey(),
        f.statusSince(),
        f.lastRound(),
        f.lastRoundOutcome(),
        f.lastRoundOfferedAt(),
        f.paymentStatus(),
        f.paymentRequestedAt(),
        f.escrowStatus(),
        f.transferStatus(),
        f.shipmentStatus(),
        f.settlementClaimed(),
        dispute,
        T,
        T,
        T,
        f.invoiced(),
        f.openTaskKind());
  }
}
