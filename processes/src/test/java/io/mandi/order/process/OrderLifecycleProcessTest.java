package io.mandi.order.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.process.UserTasks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order-lifecycle model alone on the real engine; the test plays workers and people. */
@ZeebeProcessTest
class OrderLifecycleProcessTest {
  private static final Duration SLA = Duration.ofHours(24);

  ZeebeTestEngine engine;
  ZeebeClient client;
  RecordStream recordStream;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(OrderLifecycleProcess.RESOURCE)
        .addResourceFromClasspath(EscrowProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void anAcceptedOrderIsConfirmedAndTheBuyerNotified() throws Exception {
    placeOrder(1L);
    completeValidation(true, null);

    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(OrderLifecycleProcess.USER_TASK_SELLER_ACCEPTANCE);
    assertThat(sellerTask.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    complete(sellerTask, Map.of("accepted", true, "decidedBy", "seller1"));
    complete(activate(OrderLifecycleProcess.JOB_CONFIRM), Map.of("paymentWindow", "PT48H"));
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    ActivatedJob requestPayment = activate(EscrowProcess.JOB_REQUEST_PAYMENT);
    assertThat(requestPayment.getVariablesAsMap())
        .containsEntry("orderId", 1)
        .containsEntry("paymentWindow", "PT48H");
    complete(requestPayment, Map.of("gatewayOrderId", "order_1"));
    for (String message :
        new String[] {
          EscrowProcess.MESSAGE_PAYMENT_HELD, EscrowProcess.MESSAGE_RECEIPT_CONFIRMED
        }) {
      client.newPublishMessageCommand().messageName(message).correlationKey("1").send().join();
      engine.waitForIdleState(Duration.ofSeconds(5));
    }
    complete(activate(EscrowProcess.JOB_RELEASE), Map.of());

    processInstance(sellerTask)
        .hasPassedElement("CallActivity_Escrow")
        .hasPassedElement("EndEvent_OrderConfirmed")
        .hasNotPassedElement("Task_RejectOrder")
        .isCompleted();
  }

  @Test
  void aRefusedOrderIsRejected() throws Exception {
    placeOrder(2L);
    completeValidation(true, null);

    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);
    complete(
        sellerTask,
        Map.of("accepted", false, "decisionComment", "No capacity", "decidedBy", "seller1"));
    ActivatedJob reject = activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap()).containsEntry("decisionComment", "No capacity");
    complete(reject, Map.of());

    processInstance(sellerTask)
        .hasPassedElement("EndEvent_OrderRejected")
        .hasNotPassedElement("Task_ConfirmOrder")
        .isCompleted();
  }

  @Test
  void anInvalidOrderIsRejectedWithoutAskingTheSeller() throws Exception {
    placeOrder(3L);
    ActivatedJob validate = activate(OrderLifecycleProcess.JOB_VALIDATE);
    complete(
        validate,
        Map.of("valid", false, "rejectionReason", "Line 1: below the minimum order quantity"));
    complete(activate(OrderLifecycleProcess.JOB_REJECT), Map.of());

    processInstance(validate)
        .hasPassedElement("EndEvent_OrderRejected")
        .hasNotPassedElement(OrderLifecycleProcess.USER_TASK_SELLER_ACCEPTANCE)
        .isCompleted();
  }

  @Test
  void whenTheSellerSlaLapsesTheOrderExpiresAndOpsFollowUp() throws Exception {
    placeOrder(4L);
    completeValidation(true, null);
    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);

    engine.increaseTime(SLA.plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));

    complete(activate(OrderLifecycleProcess.JOB_EXPIRE), Map.of());
    ActivatedJob followUp = activate(UserTasks.JOB_TYPE);
    assertThat(followUp.getElementId())
        .isEqualTo(OrderLifecycleProcess.USER_TASK_FOLLOW_UP_EXPIRED);
    assertThat(followUp.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"ops\"]");
    assertThatThrownBy(() -> client.newCompleteCommand(sellerTask.getKey()).send().join())
        .hasMessageContaining("NOT_FOUND");
    complete(followUp, Map.of("decisionComment", "Called the seller; buyer reordered"));

    processInstance(sellerTask)
        .hasPassedElement("Timer_AcceptanceSla")
        .hasPassedElement("EndEvent_OrderExpired")
        .isCompleted();
  }

  @Test
  void stockGoneAtConfirmationRejectsTheOrder() throws Exception {
    placeOrder(5L);
    completeValidation(true, null);
    complete(activate(UserTasks.JOB_TYPE), Map.of("accepted", true, "decidedBy", "seller1"));

    ActivatedJob confirm = activate(OrderLifecycleProcess.JOB_CONFIRM);
    client
        .newThrowErrorCommand(confirm.getKey())
        .errorCode(OrderLifecycleProcess.ERROR_STOCK_UNAVAILABLE)
        .variables(Map.of("rejectionReason", "Not enough stock left of Toor Dal"))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    complete(activate(OrderLifecycleProcess.JOB_REJECT), Map.of());

    processInstance(confirm)
        .hasPassedElement("Error_StockGone")
        .hasPassedElement("EndEvent_OrderRejected")
        .isCompleted();
  }

  @Test
  void aCancellationWhileTheSellerDecidesInterruptsAndCompensates() throws Exception {
    placeOrder(13L);
    completeValidation(true, null);
    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);

    client
        .newPublishMessageCommand()
        .messageName(OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED)
        .correlationKey("13")
        .variables(Map.of("cancelledBy", "buyer1", "cancelReason", "Ordered twice by mistake"))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));

    ActivatedJob compensate = activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    assertThat(compensate.getVariablesAsMap())
        .containsEntry("orderId", 13)
        .containsEntry("cancelReason", "Ordered twice by mistake");
    complete(compensate, Map.of());
    assertThatThrownBy(() -> client.newCompleteCommand(sellerTask.getKey()).send().join())
        .hasMessageContaining("NOT_FOUND");
    processInstance(sellerTask)
        .hasPassedElement("EndEvent_OrderCancelled")
        .hasNotPassedElement("Task_ConfirmOrder")
        .isCompleted();
  }

  @Test
  void publishingTheSameOrderTwiceStartsOneInstance() throws Exception {
    placeOrder(6L);
    assertThatThrownBy(() -> placeOrder(6L)).hasMessageContaining("ALREADY_EXISTS");
    engine.waitForIdleState(Duration.ofSeconds(5));

    long started =
        StreamSupport.stream(recordStream.processInstanceRecords().spliterator(), false)
            .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
            .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
            .count();
    assertThat(started).isEqualTo(1);
  }

  private PublishMessageResponse placeOrder(long orderId) throws Exception {
    PublishMessageResponse response =
        client
            .newPublishMessageCommand()
            .messageName(OrderLifecycleProcess.MESSAGE_ORDER_PLACED)
            .correlationKey(String.valueOf(orderId))
            .messageId("order-placed-" + orderId)
            .timeToLive(Duration.ofHours(1))
            .variables(Map.of("orderId", orderId, "sellerGroup", "seller-7"))
            .send()
            .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    return response;
  }

  private void completeValidation(boolean valid, String reason) throws Exception {
    Map<String, Object> result =
        reason == null
            ? Map.of("valid", valid, "acceptanceSla", SLA.toString())
            : Map.of("valid", valid, "rejectionReason", reason);
    complete(activate(OrderLifecycleProcess.JOB_VALIDATE), result);
    if (valid) {
      complete(activate(OrderLifecycleProcess.JOB_CHECK_CREDIT), Map.of("creditApproved", true));
    }
  }

  private ActivatedJob creditApprovalTask() throws Exception {
    complete(
        activate(OrderLifecycleProcess.JOB_VALIDATE),
        Map.of("valid", true, "acceptanceSla", SLA.toString()));
    complete(
        activate(OrderLifecycleProcess.JOB_CHECK_CREDIT),
        Map.of(
            "creditApproved", false,
            "creditReason", "over the limit",
            "creditApprovalSla", "PT4H"));
    ActivatedJob task = activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_APPROVE_CREDIT);
    assertThat(task.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"ops\"]")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    return task;
  }

  @Test
  void anOrderOverTheCreditLimitReachesTheSellerOnlyAfterOpsApprove() throws Exception {
    placeOrder(11L);
    ActivatedJob approval = creditApprovalTask();

    complete(approval, Map.of("outcome", "APPROVE", "decidedBy", "ops1", "decisionComment", ""));

    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(OrderLifecycleProcess.USER_TASK_SELLER_ACCEPTANCE);
  }

  @Test
  void creditDeclinedByOpsRejectsTheOrderWithTheirReason() throws Exception {
    placeOrder(12L);
    ActivatedJob approval = creditApprovalTask();

    complete(
        approval,
        Map.of("outcome", "DECLINE", "decidedBy", "ops1", "decisionComment", "Overdue invoices"));

    ActivatedJob reject = activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Credit declined by operations: Overdue invoices");
    complete(reject, Map.of());
    processInstance(reject)
        .hasPassedElement("EndEvent_OrderRejected")
        .hasNotPassedElement(OrderLifecycleProcess.USER_TASK_SELLER_ACCEPTANCE);
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

  private void complete(ActivatedJob job, Map<String, Object> variables) throws Exception {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));
  }

  private static ProcessInstanceAssert processInstance(ActivatedJob job) {
    return BpmnAssert.assertThat(new InspectedProcessInstance(job.getProcessInstanceKey()));
  }
}
