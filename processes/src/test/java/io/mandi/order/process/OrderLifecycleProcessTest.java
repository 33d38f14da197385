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
import io.mandi.payment.process.EscrowProcess;
import io.mandi.process.UserTasks;
import io.mandi.vendor.process.VendorAssignmentProcess;
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
        .addResourceFromClasspath(VendorAssignmentProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aDeliveredOrderIsDeemedAcceptedWhenInspectionLapsesThenInvoicedAndClosed() throws Exception {
    placeOrder(1L);
    completeValidation(true, null);
    offerToVendorAndAccept(1L);
    ActivatedJob confirm = activate(OrderLifecycleProcess.JOB_CONFIRM);
    complete(confirm, DURATIONS);
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    ActivatedJob requestPayment = activate(EscrowProcess.JOB_REQUEST_PAYMENT);
    assertThat(requestPayment.getVariablesAsMap())
        .containsEntry("orderId", 1)
        .doesNotContainKey("paymentWindow") // the order's process does not choose escrow's windows
        .containsEntry("sellerGroup", "seller-7");
    complete(requestPayment, ESCROW_WINDOWS);
    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, 1L);
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of());
    complete(activate(EscrowProcess.JOB_ANNOUNCE_FUNDED), Map.of());
    publish(OrderLifecycleProcess.MESSAGE_ORDER_FUNDED, 1L);

    ActivatedJob pack = activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]");
    complete(pack, Map.of("outcome", "READY_TO_SHIP"));
    complete(activate(OrderLifecycleProcess.JOB_BOOK_SHIPMENT), Map.of());
    publish(OrderLifecycleProcess.MESSAGE_SHIPMENT_DELIVERED, 1L);
    complete(activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY), Map.of());
    publish(EscrowProcess.MESSAGE_GOODS_DELIVERED, 1L);

    engine.increaseTime(Duration.ofDays(3).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob release = activate(EscrowProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap().get("releaseReason").toString())
        .contains("deemed accepted");
    complete(release, Map.of());
    complete(activate(OrderLifecycleProcess.JOB_INVOICE), Map.of("invoiceNo", "MND/1"));
    complete(activate(OrderLifecycleProcess.JOB_CLOSE), Map.of());

    processInstance(confirm)
        .hasPassedElement("CallActivity_VendorAssignment")
        .hasPassedElement("CallActivity_Escrow")
        .hasPassedElement("Task_BookShipment")
        .hasPassedElement("Task_IssueInvoice")
        .hasPassedElement("EndEvent_OrderClosed")
        .hasNotPassedElement("Task_RejectOrder")
        .isCompleted();
  }

  @Test
  void aCancellationAfterPaymentEndsEscrowAndShippingAndCompensates() throws Exception {
    placeOrder(8L);
    completeValidation(true, null);
    offerToVendorAndAccept(8L);
    confirmPayAndFund(8L);
    ActivatedJob pack = activate(UserTasks.JOB_TYPE);

    client
        .newPublishMessageCommand()
        .messageName(OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED)
        .correlationKey("8")
        .variables(Map.of("cancelledBy", "ops1", "cancelReason", "Buyer's shop closed"))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob compensate = activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    complete(compensate, Map.of());

    assertThatThrownBy(() -> client.newCompleteCommand(pack.getKey()).send().join())
        .hasMessageContaining("NOT_FOUND");
    processInstance(compensate)
        .hasPassedElement("EndEvent_OrderCancelled")
        .hasNotPassedElement("Task_BookShipment")
        .hasNotPassedElement("Task_IssueInvoice")
        .isCompleted();
  }

  @Test
  void aVendorThatCannotShipAPaidOrderIsReplacedWhileThePaymentStaysHeld() throws Exception {
    placeOrder(9L);
    completeValidation(true, null);
    offerToVendorAndAccept(9L);
    confirmPayAndFund(9L);

    complete(
        activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANNOT_SHIP", "decidedBy", "seller1", "decisionComment", "Flooded"));
    ActivatedJob release = activate(OrderLifecycleProcess.JOB_RELEASE_VENDOR);
    assertThat(release.getVariablesAsMap()).containsEntry("decisionComment", "Flooded");
    complete(release, Map.of("roundsBefore", 1));
    ActivatedJob offer = activate(VendorAssignmentProcess.JOB_OFFER_NEXT);
    assertThat(offer.getVariablesAsMap()).containsEntry("roundsBefore", 1);
    complete(
        offer,
        Map.of(
            "round",
            2,
            "maxVendorRounds",
            4,
            "vendorFound",
            true,
            "vendorAssigned",
            false,
            "sellerGroup",
            "seller-8",
            "vendorEscalationSla",
            "PT4H"));
    complete(activate(UserTasks.JOB_TYPE), Map.of("outcome", "ACCEPT", "decidedBy", "seller8"));
    complete(activate(VendorAssignmentProcess.JOB_RECORD_ANSWER), Map.of("vendorAssigned", true));
    ActivatedJob reconfirm = activate(OrderLifecycleProcess.JOB_CONFIRM);
    assertThat(reconfirm.getVariablesAsMap()).containsEntry("decidedBy", "seller8");
    complete(reconfirm, DURATIONS);
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of("transferId", "trf_9b"));

    ActivatedJob pack = activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-8\"]");
    processInstance(reconfirm)
        .hasPassedElement("Task_ReleaseVendor")
        .hasPassedElement("CallActivity_Resource")
        .hasNotPassedElement("Task_CancelUnsourced")
        .isWaitingAtElements("CallActivity_Escrow", OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
  }

  @Test
  void anUnpaidOrderEndsTheWholeLifecycle() throws Exception {
    placeOrder(7L);
    completeValidation(true, null);
    offerToVendorAndAccept(7L);
    ActivatedJob confirm = activate(OrderLifecycleProcess.JOB_CONFIRM);
    complete(confirm, DURATIONS);
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    complete(activate(EscrowProcess.JOB_REQUEST_PAYMENT), ESCROW_WINDOWS);

    engine.increaseTime(Duration.ofHours(49));
    engine.waitForIdleState(Duration.ofSeconds(5));
    complete(activate(EscrowProcess.JOB_CANCEL_UNPAID), Map.of());

    processInstance(confirm)
        .hasPassedElement("Error_Unpaid")
        .hasPassedElement("EndEvent_OrderUnpaid")
        .hasNotPassedElement("UserTask_ReadyToShip")
        .isCompleted();
  }

  @Test
  void whenNoVendorCanTakeTheOrderAndOpsCancelItIsRejected() throws Exception {
    placeOrder(2L);
    completeValidation(true, null);
    complete(
        activate(VendorAssignmentProcess.JOB_OFFER_NEXT),
        Map.of(
            "round",
            1,
            "maxVendorRounds",
            3,
            "vendorFound",
            false,
            "vendorAssigned",
            false,
            "vendorEscalationSla",
            "PT4H"));
    ActivatedJob pick = activate(UserTasks.JOB_TYPE);
    assertThat(pick.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_PICK_VENDOR);
    complete(
        pick, Map.of("outcome", "CANCEL", "decidedBy", "ops1", "decisionComment", "Out of season"));
    ActivatedJob reject = activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "No vendor could take the order: Out of season");
    complete(reject, Map.of());

    processInstance(reject)
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
        .hasNotPassedElement("CallActivity_VendorAssignment")
        .isCompleted();
  }

  @Test
  void stockGoneAtConfirmationRejectsTheOrder() throws Exception {
    placeOrder(5L);
    completeValidation(true, null);
    offerToVendorAndAccept(5L);

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
    offerToVendor();
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
    processInstance(compensate)
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

  /** What the confirm job returns: the order's own dispatch SLA. */
  private static final Map<String, Object> DURATIONS = Map.of("dispatchSla", "P2D");

  /** What escrow's first job returns: its own windows, read from its own settings. */
  private static final Map<String, Object> ESCROW_WINDOWS =
      Map.of(
          "paymentWindow", "PT48H",
          "inspectionPeriod", "P3D",
          "negotiationWindow", "P2D",
          "mediationSla", "P2D");

  private void offerToVendor() throws Exception {
    complete(
        activate(VendorAssignmentProcess.JOB_OFFER_NEXT),
        Map.of(
            "round",
            1,
            "maxVendorRounds",
            3,
            "vendorFound",
            true,
            "vendorAssigned",
            false,
            "sellerGroup",
            "seller-7",
            "vendorEscalationSla",
            "PT4H"));
  }

  /** The vendor-assignment call: the first vendor gets the order and accepts it. */
  private ActivatedJob offerToVendorAndAccept(long orderId) throws Exception {
    offerToVendor();
    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
    assertThat(sellerTask.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    complete(sellerTask, Map.of("outcome", "ACCEPT", "decidedBy", "seller1"));
    ActivatedJob record = activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(record.getVariablesAsMap()).containsEntry("answer", "ACCEPTED");
    complete(record, Map.of("vendorAssigned", true));
    return sellerTask;
  }

  /** Plays confirm, notify, the escrow's payment and transfer, up to the seller's packing task. */
  private void confirmPayAndFund(long orderId) throws Exception {
    complete(activate(OrderLifecycleProcess.JOB_CONFIRM), DURATIONS);
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    complete(activate(EscrowProcess.JOB_REQUEST_PAYMENT), ESCROW_WINDOWS);
    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, orderId);
    complete(activate(EscrowProcess.JOB_TRANSFER_ON_HOLD), Map.of("transferId", "trf_" + orderId));
    complete(activate(EscrowProcess.JOB_ANNOUNCE_FUNDED), Map.of());
    publish(OrderLifecycleProcess.MESSAGE_ORDER_FUNDED, orderId);
  }

  private void publish(String message, long orderId) throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey(String.valueOf(orderId))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
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

    offerToVendor();
    ActivatedJob sellerTask = activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
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
        .hasNotPassedElement("CallActivity_VendorAssignment");
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
