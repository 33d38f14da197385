package io.mandi.payment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The escrow-settlement model alone on the real engine; the test plays the workers, the buyer, the
 * seller and operations.
 */
@ZeebeProcessTest
class EscrowSettlementProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(EscrowSettlementProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aHeldPaymentIsReleasedWhenTheBuyerConfirmsReceipt() throws Exception {
    ProcessInstanceEvent instance = delivered(7L);

    publish(EscrowSettlementProcess.MESSAGE_RECEIPT_CONFIRMED, "7");
    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap())
        .containsEntry("orderId", 7)
        .containsEntry("releaseReason", "Buyer confirmed receipt");
    play.complete(release, Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Event_ReceiptConfirmed")
        .hasNotPassedElement("Timer_InspectionOver")
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void aReceiptConfirmedBeforeDeliveryReleasesAtOnceWithoutAnInspectionPeriod() throws Exception {
    ProcessInstanceEvent instance = start(14L, true);

    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap())
        .containsEntry("releaseReason", "Buyer confirmed receipt");
    play.complete(release, Map.of());

    BpmnAssert.assertThat(instance)
        .hasNotPassedElement("Task_StartInspection")
        .hasNotPassedElement("Gateway_Inspection")
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void withNoDisputeTheInspectionPeriodLapsesIntoDeemedAcceptance() throws Exception {
    ProcessInstanceEvent instance = delivered(12L);

    play.passTime(Duration.ofDays(3).plusMinutes(1));
    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap().get("releaseReason").toString())
        .isEqualTo("Inspection period over with no dispute: deemed accepted");
    play.complete(release, Map.of());

    BpmnAssert.assertThat(instance).hasPassedElement("Timer_InspectionOver").isCompleted();
  }

  @Test
  void aDisputeSettledByTheSellersOfferSplitsTheEscrow() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(10L);
    ActivatedJob response = play.activate(UserTasks.JOB_TYPE);
    assertThat(response.getElementId())
        .isEqualTo(EscrowSettlementProcess.USER_TASK_SELLER_DISPUTE_RESPONSE);
    assertThat(response.getCustomHeaders())
        .as("the seller the order-lifecycle passed in answers")
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]");
    play.complete(
        response,
        Map.of("outcome", "OFFER_REFUND", "offeredRefund", "200.00", "decidedAt", play.now()));
    answerOffer("10", true);
    play.complete(play.activate(EscrowSettlementProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Gateway_OfferAccepted")
        .hasNotPassedElement(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE)
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void anOfferTheBuyerRejectsGoesToOperations() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(13L);
    play.complete(
        play.activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "OFFER_REFUND", "offeredRefund", "20.00", "decidedAt", play.now()));
    answerOffer("13", false);

    ActivatedJob mediation = play.activate(UserTasks.JOB_TYPE);
    assertThat(mediation.getElementId())
        .isEqualTo(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE);
    play.complete(mediation, Map.of("outcome", "REFUND_BUYER", "resolution", "REFUND"));
    play.complete(play.activate(EscrowSettlementProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Gateway_OfferAccepted")
        .hasPassedElement(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE)
        .isCompleted();
  }

  @Test
  void aSilentSellerSendsTheDisputeToOperationsWhoDecide() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(11L);
    ActivatedJob response = play.activate(UserTasks.JOB_TYPE);

    play.passTime(Duration.ofDays(2).plusMinutes(1));
    ActivatedJob mediation = play.activate(UserTasks.JOB_TYPE);
    assertThat(mediation.getElementId())
        .isEqualTo(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE);
    assertThat(mediation.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"ops\"]");
    assertThatThrownBy(() -> client.newCompleteCommand(response.getKey()).send().join())
        .as("the seller's task closed with the window")
        .hasMessageContaining("NOT_FOUND");
    play.complete(mediation, Map.of("outcome", "SPLIT", "resolution", "SPLIT"));
    play.complete(play.activate(EscrowSettlementProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Timer_NegotiationOver")
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  private ProcessInstanceEvent start(long orderId, boolean receiptConfirmed) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(EscrowSettlementProcess.PROCESS_ID)
            .latestVersion()
            .variables(
                Map.of(
                    "orderId",
                    orderId,
                    "sellerGroup",
                    "seller-7",
                    EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED,
                    receiptConfirmed))
            .send()
            .join();
    play.idle();
    return instance;
  }

  /** Started after the courier's proof of delivery: the first job reads the windows. */
  private ProcessInstanceEvent delivered(long orderId) throws Exception {
    ProcessInstanceEvent instance = start(orderId, false);
    play.complete(
        play.activate(EscrowSettlementProcess.JOB_START_INSPECTION),
        Map.of(
            EscrowSettlementProcess.VARIABLE_INSPECTION_PERIOD, "P3D",
            EscrowSettlementProcess.VARIABLE_NEGOTIATION_WINDOW, "P2D",
            EscrowSettlementProcess.VARIABLE_MEDIATION_SLA, "P2D",
            EscrowSettlementProcess.VARIABLE_DELIVERED_AT, play.now()));
    return instance;
  }

  private ProcessInstanceEvent deliveredAndDisputed(long orderId) throws Exception {
    ProcessInstanceEvent instance = delivered(orderId);
    play.publish(
        EscrowSettlementProcess.MESSAGE_DISPUTE_OPENED,
        String.valueOf(orderId),
        Map.of(EscrowSettlementProcess.VARIABLE_DISPUTE_OPENED_AT, play.now()));
    return instance;
  }

  private void answerOffer(String orderId, boolean accepted) throws Exception {
    play.publish(
        EscrowSettlementProcess.MESSAGE_OFFER_ANSWERED,
        orderId,
        Map.of(EscrowSettlementProcess.VARIABLE_OFFER_ACCEPTED, accepted));
  }

  private void publish(String message, String orderId) throws Exception {
    play.publish(message, orderId, Map.of());
  }
}
