package io.mandi.payment.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class EscrowProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(EscrowProcess.RESOURCE)
        .send()
        .join();
  }

  private ProcessInstanceEvent start(long orderId) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(EscrowProcess.PROCESS_ID)
            .latestVersion()
            .variables(
                Map.of(
                    "orderId", orderId,
                    "sellerGroup", "seller-7",
                    "paymentWindow", "PT48H",
                    "inspectionPeriod", "P3D",
                    "negotiationWindow", "P2D",
                    "mediationSla", "P2D"))
            .send()
            .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob request = activate(EscrowProcess.JOB_REQUEST_PAYMENT);
    client
        .newCompleteCommand(request.getKey())
        .variables(Map.of("gatewayOrderId", "order_x"))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    return instance;
  }

  @Test
  void aHeldPaymentIsReleasedWhenTheBuyerConfirmsReceipt() throws Exception {
    ProcessInstanceEvent instance = start(7L);

    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, "7");
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of());
    complete(activate(EscrowProcess.JOB_ANNOUNCE_FUNDED), Map.of());
    publish(EscrowProcess.MESSAGE_GOODS_DELIVERED, "7");
    publish(EscrowProcess.MESSAGE_RECEIPT_CONFIRMED, "7");
    ActivatedJob release = activate(EscrowProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap())
        .containsEntry("orderId", 7)
        .containsEntry("releaseReason", "Buyer confirmed receipt");
    complete(release, Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Event_ReceiptConfirmed")
        .hasNotPassedElement("Timer_InspectionOver")
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void aDisputeSettledByTheSellersOfferSplitsTheEscrow() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(10L);
    ActivatedJob response = activate(io.mandi.process.UserTasks.JOB_TYPE);
    assertThat(response.getElementId()).isEqualTo(EscrowProcess.USER_TASK_SELLER_DISPUTE_RESPONSE);
    assertThat(response.getCustomHeaders())
        .containsEntry(io.mandi.process.UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]");
    complete(response, Map.of("outcome", "OFFER_REFUND", "offeredRefund", "200.00"));
    client
        .newPublishMessageCommand()
        .messageName(EscrowProcess.MESSAGE_OFFER_ANSWERED)
        .correlationKey("10")
        .variables(Map.of("offerAccepted", true))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    complete(activate(EscrowProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Gateway_OfferAccepted")
        .hasNotPassedElement(EscrowProcess.USER_TASK_MEDIATE_DISPUTE)
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void anOfferTheBuyerRejectsGoesToOperations() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(13L);
    complete(
        activate(io.mandi.process.UserTasks.JOB_TYPE),
        Map.of("outcome", "OFFER_REFUND", "offeredRefund", "20.00"));
    client
        .newPublishMessageCommand()
        .messageName(EscrowProcess.MESSAGE_OFFER_ANSWERED)
        .correlationKey("13")
        .variables(Map.of("offerAccepted", false))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));

    ActivatedJob mediation = activate(io.mandi.process.UserTasks.JOB_TYPE);
    assertThat(mediation.getElementId()).isEqualTo(EscrowProcess.USER_TASK_MEDIATE_DISPUTE);
    complete(mediation, Map.of("outcome", "REFUND_BUYER", "resolution", "REFUND"));
    complete(activate(EscrowProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Gateway_OfferAccepted")
        .hasPassedElement(EscrowProcess.USER_TASK_MEDIATE_DISPUTE)
        .isCompleted();
  }

  @Test
  void aSilentSellerSendsTheDisputeToOperationsWhoDecide() throws Exception {
    ProcessInstanceEvent instance = deliveredAndDisputed(11L);
    ActivatedJob response = activate(io.mandi.process.UserTasks.JOB_TYPE);

    engine.increaseTime(Duration.ofDays(2).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob mediation = activate(io.mandi.process.UserTasks.JOB_TYPE);
    assertThat(mediation.getElementId()).isEqualTo(EscrowProcess.USER_TASK_MEDIATE_DISPUTE);
    assertThat(mediation.getCustomHeaders())
        .containsEntry(io.mandi.process.UserTasks.HEADER_CANDIDATE_GROUPS, "[\"ops\"]");
    assertThatThrownBy(() -> client.newCompleteCommand(response.getKey()).send().join())
        .as("the seller's task closed with the window")
        .hasMessageContaining("NOT_FOUND");
    complete(mediation, Map.of("outcome", "SPLIT", "resolution", "SPLIT"));
    complete(activate(EscrowProcess.JOB_SETTLE_DISPUTE), Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Timer_NegotiationOver")
        .hasPassedElement("EndEvent_EscrowSettled")
        .isCompleted();
  }

  @Test
  void withNoDisputeTheInspectionPeriodLapsesIntoDeemedAcceptance() throws Exception {
    ProcessInstanceEvent instance = start(12L);
    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, "12");
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of());
    complete(activate(EscrowProcess.JOB_ANNOUNCE_FUNDED), Map.of());
    publish(EscrowProcess.MESSAGE_GOODS_DELIVERED, "12");

    engine.increaseTime(Duration.ofDays(3).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob release = activate(EscrowProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap().get("releaseReason").toString())
        .isEqualTo("Inspection period over with no dispute: deemed accepted");
    complete(release, Map.of());

    BpmnAssert.assertThat(instance).hasPassedElement("Timer_InspectionOver").isCompleted();
  }

  private ProcessInstanceEvent deliveredAndDisputed(long orderId) throws Exception {
    ProcessInstanceEvent instance = start(orderId);
    String key = String.valueOf(orderId);
    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, key);
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of());
    complete(activate(EscrowProcess.JOB_ANNOUNCE_FUNDED), Map.of());
    publish(EscrowProcess.MESSAGE_GOODS_DELIVERED, key);
    publish(EscrowProcess.MESSAGE_DISPUTE_OPENED, key);
    ActivatedJob lookUp = activate(EscrowProcess.JOB_CURRENT_SELLER);
    complete(lookUp, Map.of("sellerGroup", "seller-7"));
    return instance;
  }

  private void complete(ActivatedJob job, Map<String, Object> variables) throws Exception {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));
  }

  private void publish(String message, String orderId) throws Exception {
    client.newPublishMessageCommand().messageName(message).correlationKey(orderId).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));
  }

  @Test
  void aPaymentHeldBeforeTheProcessListensIsNotLost() throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(EscrowProcess.MESSAGE_PAYMENT_HELD)
        .correlationKey("8")
        .timeToLive(Duration.ofHours(1))
        .send()
        .join();
    ProcessInstanceEvent instance = start(8L);

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Event_PaymentHeld")
        .isWaitingAtElements("Task_TransferOnHold");
  }

  @Test
  void anOrderNotPaidInTheWindowIsCancelledAndEndsWithAnErrorForTheOrder() throws Exception {
    ProcessInstanceEvent instance = start(9L);

    engine.increaseTime(Duration.ofHours(48).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob cancel = activate(EscrowProcess.JOB_CANCEL_UNPAID);
    assertThat(cancel.getVariablesAsMap()).containsEntry("orderId", 9);
    client.newCompleteCommand(cancel.getKey()).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));

    // Alone, the error has no catcher and raises an incident; order-lifecycle catches it.
    BpmnAssert.assertThat(instance)
        .hasPassedElement("Task_CancelUnpaidOrder")
        .hasNotPassedElement("Event_PaymentHeld")
        .hasAnyIncidents();
  }

  private ActivatedJob activate(String jobType) {
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(jobType)
            .maxJobsToActivate(1)
            .send()
            .join()
            .getJobs();
    assertThat(jobs).as("an activatable job of type %s", jobType).hasSize(1);
    return jobs.getFirst();
  }
}
