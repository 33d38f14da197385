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
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import io.mandi.process.UserTasks;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorReassignmentProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The order-lifecycle model with the processes it calls, on the real engine; the test plays the
 * workers and the people.
 */
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
        .addResourceFromClasspath(OrderAcceptanceProcess.RESOURCE)
        .addResourceFromClasspath(VendorAssignmentProcess.RESOURCE)
        .addResourceFromClasspath(EscrowFundingProcess.RESOURCE)
        .addResourceFromClasspath(VendorReassignmentProcess.RESOURCE)
        .addResourceFromClasspath(EscrowSettlementProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aDeliveredOrderIsDeemedAcceptedWhenInspectionLapsesThenInvoicedAndClosed() throws Exception {
    placeOrder(1L);
    completeValidation(true, null);
    offerToVendorAndAccept(1L);
    complete(activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    ActivatedJob requestPayment = activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT);
    assertThat(requestPayment.getVariablesAsMap())
        .as("escrow funding gets the order id only and reads its own window")
        .containsOnlyKeys("orderId");
    complete(requestPayment, PAYMENT_WINDOW);
    publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, 1L);
    complete(activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD), Map.of());

    ActivatedJob pack = activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]");
    complete(pack, Map.of("outcome", "READY_TO_SHIP"));
    complete(activate(OrderLifecycleProcess.JOB_BOOK_SHIPMENT), Map.of());
    publish(OrderLifecycleProcess.MESSAGE_SHIPMENT_DELIVERED, 1L);
    ActivatedJob delivery = activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY);
    assertThat(delivery.getVariablesAsMap())
        .containsEntry(EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED, false);
    complete(delivery, Map.of());
    complete(activate(EscrowSettlementProcess.JOB_START_INSPECTION), INSPECTION_WINDOWS);

    engine.increaseTime(Duration.ofDays(3).plusMinutes(1));
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob release = activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap().get("releaseReason").toString())
        .contains("deemed accepted");
    complete(release, Map.of());
    complete(activate(OrderLifecycleProcess.JOB_INVOICE), Map.of("invoiceNo", "MND/1"));
    ActivatedJob close = activate(OrderLifecycleProcess.JOB_CLOSE);
    complete(close, Map.of());

    processInstance(close)
        .hasPassedElement("CallActivity_OrderAcceptance")
        .hasPassedElement("CallActivity_EscrowFunding")
        .hasPassedElement("Task_BookShipment")
        .hasPassedElement("Event_ShipmentDelivered")
        .hasPassedElement("CallActivity_EscrowSettlement")
        .hasPassedElement("Task_IssueInvoice")
        .hasPassedElement("EndEvent_OrderClosed")
        .hasNotPassedElement("Task_RejectOrder")
        .isCompleted();
  }

  @Test
  void aBuyerWhoConfirmsReceiptBeforeTheCourierScanIsTakenAsDeliveredAndPaysOutAtOnce()
      throws Exception {
    placeOrder(4L);
    completeValidation(true, null);
    offerToVendorAndAccept(4L);
    confirmPayAndFund(4L);
    complete(activate(UserTasks.JOB_TYPE), Map.of("outcome", "READY_TO_SHIP"));
    complete(activate(OrderLifecycleProcess.JOB_BOOK_SHIPMENT), Map.of());

    publish(EscrowSettlementProcess.MESSAGE_RECEIPT_CONFIRMED, 4L);
    ActivatedJob delivery = activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY);
    assertThat(delivery.getVariablesAsMap())
        .containsEntry(EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED, true);
    complete(delivery, Map.of());
    ActivatedJob release = activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap())
        .containsEntry("releaseReason", "Buyer confirmed receipt");
    complete(release, Map.of());
    complete(activate(OrderLifecycleProcess.JOB_INVOICE), Map.of("invoiceNo", "MND/4"));
    ActivatedJob close = activate(OrderLifecycleProcess.JOB_CLOSE);
    complete(close, Map.of());

    processInstance(close)
        .hasPassedElement("Event_EarlyReceipt")
        .hasNotPassedElement("Event_ShipmentDelivered")
        .hasPassedElement("EndEvent_OrderClosed")
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
    ActivatedJob release = activate(VendorReassignmentProcess.JOB_RELEASE_VENDOR);
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
    ActivatedJob reconfirm = activate(OrderAcceptanceProcess.JOB_CONFIRM);
    assertThat(reconfirm.getVariablesAsMap()).containsEntry("decidedBy", "seller8");
    complete(reconfirm, DURATIONS);
    complete(activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD), Map.of("transferId", "trf_9b"));

    ActivatedJob pack = activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-8\"]");
    processInstance(pack)
        .hasPassedElement("CallActivity_VendorReassignment")
        .hasNotPassedElement("Task_CancelUnsourced")
        .isWaitingAtElements(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
  }

  @Test
  void whenNoOtherVendorCanShipAPaidOrderItIsCancelledAndRefunded() throws Exception {
    placeOrder(10L);
    completeValidation(true, null);
    offerToVendorAndAccept(10L);
    confirmPayAndFund(10L);

    complete(
        activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANNOT_SHIP", "decidedBy", "seller1", "decisionComment", "Flooded"));
    complete(activate(VendorReassignmentProcess.JOB_RELEASE_VENDOR), Map.of("roundsBefore", 3));
    complete(
        activate(VendorAssignmentProcess.JOB_OFFER_NEXT),
        Map.of(
            "round",
            4,
            "maxVendorRounds",
            4,
            "vendorFound",
            false,
            "vendorAssigned",
            false,
            "vendorEscalationSla",
            "PT4H"));
    complete(
        activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANCEL", "decidedBy", "ops1", "decisionComment", "Nobody has stock"));

    ActivatedJob compensate = activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    assertThat(compensate.getVariablesAsMap())
        .containsEntry("cancelledBy", "system")
        .containsEntry("cancelReason", "no other vendor could ship the order");
    complete(compensate, Map.of());
    processInstance(compensate)
        .hasPassedElement("Error_NoVendorCanShip")
        .hasPassedElement("EndEvent_Unsourced")
        .hasNotPassedElement("Task_BookShipment")
        .isCompleted();
  }

  @Test
  void anUnpaidOrderEndsTheWholeLifecycle() throws Exception {
    placeOrder(7L);
    completeValidation(true, null);
    offerToVendorAndAccept(7L);
    complete(activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    ActivatedJob notify = activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED);
    complete(notify, Map.of());
    complete(activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT), PAYMENT_WINDOW);

    engine.increaseTime(Duration.ofHours(49));
    engine.waitForIdleState(Duration.ofSeconds(5));
    complete(activate(EscrowFundingProcess.JOB_CANCEL_UNPAID), Map.of());

    processInstance(notify)
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

    processInstance(reject).hasPassedElement("EndEvent_OrderRejected").isCompleted();
    acceptanceInstance()
        .hasPassedElement("EndEvent_NotAccepted")
        .hasNotPassedElement("Task_ConfirmOrder");
  }

  @Test
  void anInvalidOrderIsRejectedWithoutAskingTheSeller() throws Exception {
    placeOrder(3L);
    ActivatedJob validate = activate(OrderAcceptanceProcess.JOB_VALIDATE);
    complete(
        validate,
        Map.of("valid", false, "rejectionReason", "Line 1: below the minimum order quantity"));
    ActivatedJob reject = activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Line 1: below the minimum order quantity");
    complete(reject, Map.of());

    processInstance(reject).hasPassedElement("EndEvent_OrderRejected").isCompleted();
    processInstance(validate)
        .hasPassedElement("EndEvent_NotAccepted")
        .hasNotPassedElement("CallActivity_VendorAssignment")
        .isCompleted();
  }

  @Test
  void stockGoneAtConfirmationRejectsTheOrder() throws Exception {
    placeOrder(5L);
    completeValidation(true, null);
    offerToVendorAndAccept(5L);

    ActivatedJob confirm = activate(OrderAcceptanceProcess.JOB_CONFIRM);
    client
        .newThrowErrorCommand(confirm.getKey())
        .errorCode(OrderAcceptanceProcess.ERROR_STOCK_UNAVAILABLE)
        .variables(Map.of("rejectionReason", "Not enough stock left of Toor Dal"))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    ActivatedJob reject = activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Not enough stock left of Toor Dal");
    complete(reject, Map.of());

    processInstance(confirm).hasPassedElement("Error_StockGone").isCompleted();
    processInstance(reject).hasPassedElement("EndEvent_OrderRejected").isCompleted();
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
        .hasNotPassedElement("Task_NotifyBuyerConfirmed")
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
            .filter(r -> r.getValue().getBpmnProcessId().equals(OrderLifecycleProcess.PROCESS_ID))
            .count();
    assertThat(started).isEqualTo(1);
  }

  /** What the confirm job returns: the order's own dispatch SLA. */
  private static final Map<String, Object> DURATIONS = Map.of("dispatchSla", "P2D");

  /** What escrow funding's first job returns: its own window, read from its own settings. */
  private static final Map<String, Object> PAYMENT_WINDOW = Map.of("paymentWindow", "PT48H");

  /** What escrow settlement's first job returns. */
  private static final Map<String, Object> INSPECTION_WINDOWS =
      Map.of("inspectionPeriod", "P3D", "negotiationWindow", "P2D", "mediationSla", "P2D");

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

  /** Plays confirm, notify, escrow funding's payment and transfer, up to the packing task. */
  private void confirmPayAndFund(long orderId) throws Exception {
    complete(activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    complete(activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    complete(activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT), PAYMENT_WINDOW);
    publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, orderId);
    complete(
        activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD),
        Map.of("transferId", "trf_" + orderId));
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
    complete(activate(OrderAcceptanceProcess.JOB_VALIDATE), result);
    if (valid) {
      complete(activate(OrderAcceptanceProcess.JOB_CHECK_CREDIT), Map.of("creditApproved", true));
    }
  }

  private ActivatedJob creditApprovalTask() throws Exception {
    complete(
        activate(OrderAcceptanceProcess.JOB_VALIDATE),
        Map.of("valid", true, "acceptanceSla", SLA.toString()));
    complete(
        activate(OrderAcceptanceProcess.JOB_CHECK_CREDIT),
        Map.of(
            "creditApproved", false,
            "creditReason", "over the limit",
            "creditApprovalSla", "PT4H"));
    ActivatedJob task = activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(OrderAcceptanceProcess.USER_TASK_APPROVE_CREDIT);
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
    processInstance(reject).hasPassedElement("EndEvent_OrderRejected");
    acceptanceInstance()
        .hasPassedElement("EndEvent_NotAccepted")
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

  /** The test's one order-acceptance instance, called by order-lifecycle. */
  private ProcessInstanceAssert acceptanceInstance() {
    List<Long> keys =
        StreamSupport.stream(recordStream.processInstanceRecords().spliterator(), false)
            .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
            .filter(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
            .filter(r -> r.getValue().getBpmnProcessId().equals(OrderAcceptanceProcess.PROCESS_ID))
            .map(r -> r.getKey())
            .toList();
    assertThat(keys).as("order-acceptance instances").hasSize(1);
    return BpmnAssert.assertThat(new InspectedProcessInstance(keys.getFirst()));
  }
}
