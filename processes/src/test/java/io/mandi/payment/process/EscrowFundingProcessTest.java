package io.mandi.payment.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.process.EngineDriver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escrow-funding model alone on the real engine; the test plays the workers and the buyer. */
@ZeebeProcessTest
class EscrowFundingProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(EscrowFundingProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aPaymentHeldIsTransferredOnHoldAndTheOrderIsFunded() throws Exception {
    ProcessInstanceEvent instance = start(7L);
    publishPaymentHeld("7");
    ActivatedJob transfer = play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD);
    assertThat(transfer.getVariablesAsMap()).containsEntry("orderId", 7);
    play.complete(transfer, Map.of());

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Event_PaymentHeld")
        .hasPassedElement("EndEvent_Funded")
        .hasNotPassedElement("Task_CancelUnpaidOrder")
        .isCompleted();
  }

  @Test
  void aPaymentHeldBeforeTheProcessListensIsNotLost() throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(EscrowFundingProcess.MESSAGE_PAYMENT_HELD)
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

    play.passTime(Duration.ofHours(48).plusMinutes(1));
    ActivatedJob cancel = play.activate(EscrowFundingProcess.JOB_CANCEL_UNPAID);
    assertThat(cancel.getVariablesAsMap()).containsEntry("orderId", 9);
    play.complete(cancel, Map.of());

    // Alone, the error has no catcher and raises an incident; order-lifecycle catches it.
    BpmnAssert.assertThat(instance)
        .hasPassedElement("Task_CancelUnpaidOrder")
        .hasNotPassedElement("Event_PaymentHeld")
        .hasAnyIncidents();
  }

  private ProcessInstanceEvent start(long orderId) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(EscrowFundingProcess.PROCESS_ID)
            .latestVersion()
            .variables(Map.of("orderId", orderId))
            .send()
            .join();
    play.idle();
    ActivatedJob request = play.activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT);
    client
        .newCompleteCommand(request.getKey())
        .variables(
            Map.of(
                EscrowFundingProcess.VARIABLE_PAYMENT_WINDOW,
                "PT48H",
                EscrowFundingProcess.VARIABLE_PAYMENT_REQUESTED_AT,
                play.now()))
        .send()
        .join();
    play.idle();
    return instance;
  }

  private void publishPaymentHeld(String orderId) throws Exception {
    play.publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, orderId, Map.of());
  }
}
