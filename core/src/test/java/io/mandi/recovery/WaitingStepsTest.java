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
    assertThat(step(new Facts(OrderStatus.PLACED))).isEqualTo(WaitingStep.ACCEPTANCE);
    assertThat(step(new Facts(OrderStatus.AWAITING_CREDIT_APPROVAL)))
        .isEqualTo(WaitingStep.CREDIT_APPROVAL);
    assertThat(step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round(null, null)))
        .isEqualTo(WaitingStep.VENDOR_ACCEPTANCE);
    assertThat(step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round("ACCEPTED", null)))
        .isEqualTo(WaitingStep.ORDER_CONFIRMATION);
    assertThat(step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round("TIMED_OUT", null)))
        .isEqualTo(WaitingStep.VENDOR_ASSIGNMENT);
    assertThat(
            step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round("REFUSED", "VENDOR_ESCALATION")))
        .isEqualTo(WaitingStep.VENDOR_PICK);
  }

  @Test
  void aPaidOrderBackInAcceptanceIsBeingReassigned() {
    assertThat(step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round(null, null).paid(null)))
        .isEqualTo(WaitingStep.REASSIGNMENT_VENDOR_ACCEPTANCE);
    assertThat(step(new Facts(OrderStatus.AWAITING_ACCEPTANCE).round("ACCEPTED", null).paid(null)))
        .as("the new vendor accepted: reassignment confirms it")
        .isEqualTo(WaitingStep.REASSIGNMENT_CONFIRMATION);
  }

  @Test
  void confirmedSteps() {
    assertThat(step(new Facts(OrderStatus.CONFIRMED))).isEqualTo(WaitingStep.BUYER_NOTICE);
    assertThat(step(new Facts(OrderStatus.CONFIRMED).requested(true)))
        .isEqualTo(WaitingStep.PAYMENT);
    assertThat(step(new Facts(OrderStatus.CONFIRMED).requested(false)))
        .as("the gateway never answered (an outage): its order is asked for again")
        .isEqualTo(WaitingStep.PAYMENT_REQUEST);
    assertThat(step(new Facts(OrderStatus.CONFIRMED).paid(null)))
        .isEqualTo(WaitingStep.TRANSFER_ON_HOLD);
    assertThat(step(new Facts(OrderStatus.CONFIRMED).paid("ON_HOLD")))
        .isEqualTo(WaitingStep.PACKING);
    assertThat(step(new Facts(OrderStatus.CONFIRMED).paid("ON_HOLD").shipment("REQUESTED")))
        .isEqualTo(WaitingStep.SHIPMENT_BOOKING);
  }

  @Test
  void deliveryAndSettlementSteps() {
    assertThat(step(new Facts(OrderStatus.SHIPPED).shipment("BOOKED")))
        .isEqualTo(WaitingStep.DELIVERY);
    assertThat(step(new Facts(OrderStatus.SHIPPED).shipment("DELIVERED")))
        .isEqualTo(WaitingStep.DELIVERY_RECORDING);
    assertThat(step(new Facts(OrderStatus.DELIVERED).paid("ON_HOLD")))
        .isEqualTo(WaitingStep.INSPECTION);
    assertThat(step(new Facts(OrderStatus.DISPUTED).paid("ON_HOLD").dispute("OPEN")))
        .isEqualTo(WaitingStep.DISPUTE_RESPONSE);
    assertThat(step(new Facts(OrderStatus.DISPUTED).paid("ON_HOLD").dispute("OFFERED")))
        .isEqualTo(WaitingStep.OFFER_ANSWER);
    assertThat(step(new Facts(OrderStatus.DISPUTED).paid("ON_HOLD").dispute("IN_MEDIATION")))
        .isEqualTo(WaitingStep.MEDIATION);
    assertThat(step(new Facts(OrderStatus.DISPUTED).paid("ON_HOLD").dispute("DECIDED")))
        .isEqualTo(WaitingStep.DISPUTE_SETTLEMENT);
  }

  @Test
  void finalOrdersResumeNowhere() {
    for (OrderStatus status : OrderStatus.values()) {
      if (status.isFinal()) {
        assertThat(WaitingSteps.of(new Facts(status).build())).as(status.name()).isEmpty();
      }
    }
  }

  private static WaitingStep step(Facts facts) {
    return WaitingSteps.of(facts.build()).orElseThrow();
  }

  /** An order's recorded facts, set up one fact at a time. */
  private static final class Facts {
    private final OrderStatus status;
    private Integer round;
    private String roundOutcome;
    private String openTask;
    private String payment;
    private boolean gatewayOrder;
    private String escrow;
    private String transfer;
    private String shipment;
    private String dispute;

    Facts(OrderStatus status) {
      this.status = status;
    }

    Facts round(String outcome, String openTaskKind) {
      round = 1;
      roundOutcome = outcome;
      openTask = openTaskKind;
      return this;
    }

    Facts requested(boolean gatewayAnswered) {
      payment = "CREATED";
      gatewayOrder = gatewayAnswered;
      return this;
    }

    Facts paid(String transferStatus) {
      payment = "CAPTURED";
      gatewayOrder = true;
      escrow = "HELD";
      transfer = transferStatus;
      return this;
    }

    Facts shipment(String shipmentStatus) {
      shipment = shipmentStatus;
      return this;
    }

    Facts dispute(String disputeStatus) {
      dispute = disputeStatus;
      return this;
    }

    OrderFacts build() {
      return new OrderFacts(
          7,
          status,
          1,
          2,
          new BigDecimal("1824.00"),
          "run-1",
          42L,
          T,
          round,
          roundOutcome,
          round == null ? null : T,
          payment,
          gatewayOrder,
          payment == null ? null : T,
          escrow,
          transfer,
          shipment,
          false,
          dispute,
          dispute == null ? null : T,
          dispute == null ? null : T,
          T,
          false,
          openTask);
    }
  }
}
