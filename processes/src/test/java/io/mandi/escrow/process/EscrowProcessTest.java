package io.mandi.escrow.process;

import static org.assertj.core.api.Assertions.assertThat;

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
            .variables(Map.of("orderId", orderId, "paymentWindow", "PT48H"))
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
    BpmnAssert.assertThat(instance).isWaitingAtElements("Event_ReceiptConfirmed");
    publish(EscrowProcess.MESSAGE_RECEIPT_CONFIRMED, "7");
    ActivatedJob release = activate(EscrowProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap()).containsEntry("orderId", 7);
    client.newCompleteCommand(release.getKey()).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));

    BpmnAssert.assertThat(instance).hasPassedElement("EndEvent_EscrowReleased").isCompleted();
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
        .isWaitingAtElements("Event_ReceiptConfirmed");
  }

  @Test
  void anOrderNotPaidInTheWindowIsCancelled() throws Exception {
    ProcessInstanceEvent instance = start(9L);

    engine.increaseTime(Duration.ofHours(48).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob cancel = activate(EscrowProcess.JOB_CANCEL_UNPAID);
    assertThat(cancel.getVariablesAsMap()).containsEntry("orderId", 9);
    client.newCompleteCommand(cancel.getKey()).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));

    BpmnAssert.assertThat(instance)
        .hasPassedElement("EndEvent_OrderUnpaid")
        .hasNotPassedElement("Event_PaymentHeld")
        .isCompleted();
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
