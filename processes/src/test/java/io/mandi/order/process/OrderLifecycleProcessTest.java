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
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorReassignmentProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
  EngineDriver play;
  RecordStream recordStream;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
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
    play.complete(play.activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    play.complete(play.activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    ActivatedJob requestPayment = play.activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT);
    Map<String, Object> given = new HashMap<>(requestPayment.getVariablesAsMap());
    given.values().removeIf(Objects::isNull); // the resume context, empty unless re-created
    assertThat(given)
        .as("escrow funding gets the order id only and reads its own window")
        .containsOnlyKeys("orderId");
    play.complete(requestPayment, paymentWindow());
    publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, 1L);
    play.complete(play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD), Map.of());

    ActivatedJob pack = play.activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]");
    play.complete(pack, Map.of("outcome", "READY_TO_SHIP"));
    play.complete(play.activate(OrderLifecycleProcess.JOB_BOOK_SHIPMENT), Map.of());
    publish(OrderLifecycleProcess.MESSAGE_SHIPMENT_DELIVERED, 1L);
    ActivatedJob delivery = play.activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY);
    assertThat(delivery.getVariablesAsMap())
        .containsEntry(EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED, false);
    play.complete(delivery, Map.of());
    play.complete(play.activate(EscrowSettlementProcess.JOB_START_INSPECTION), inspectionWindows());

    play.passTime(Duration.ofDays(3).plusMinutes(1));
    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap().get("releaseReason").toString())
        .contains("deemed accepted");
    play.complete(release, Map.of());
    play.complete(play.activate(OrderLifecycleProcess.JOB_INVOICE), Map.of("invoiceNo", "MND/1"));
    ActivatedJob close = play.activate(OrderLifecycleProcess.JOB_CLOSE);
    play.complete(close, Map.of());

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
    play.complete(play.activate(UserTasks.JOB_TYPE), Map.of("outcome", "READY_TO_SHIP"));
    play.complete(play.activate(OrderLifecycleProcess.JOB_BOOK_SHIPMENT), Map.of());

    publish(EscrowSettlementProcess.MESSAGE_RECEIPT_CONFIRMED, 4L);
    ActivatedJob delivery = play.activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY);
    assertThat(delivery.getVariablesAsMap())
        .containsEntry(EscrowSettlementProcess.VARIABLE_RECEIPT_CONFIRMED, true);
    play.complete(delivery, Map.of());
    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat(release.getVariablesAsMap())
        .containsEntry("releaseReason", "Buyer confirmed receipt");
    play.complete(release, Map.of());
    play.complete(play.activate(OrderLifecycleProcess.JOB_INVOICE), Map.of("invoiceNo", "MND/4"));
    ActivatedJob close = play.activate(OrderLifecycleProcess.JOB_CLOSE);
    play.complete(close, Map.of());

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
    ActivatedJob pack = play.activate(UserTasks.JOB_TYPE);

    play.publish(
        OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED,
        "8",
        Map.of("cancelledBy", "ops1", "cancelReason", "Buyer's shop closed"));
    ActivatedJob compensate = play.activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    play.complete(compensate, Map.of());

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

    play.complete(
        play.activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANNOT_SHIP", "decidedBy", "seller1", "decisionComment", "Flooded"));
    ActivatedJob release = play.activate(VendorReassignmentProcess.JOB_RELEASE_VENDOR);
    assertThat(release.getVariablesAsMap()).containsEntry("decisionComment", "Flooded");
    play.complete(release, Map.of("roundsBefore", 1));
    ActivatedJob offer = play.activate(VendorAssignmentProcess.JOB_OFFER_NEXT);
    assertThat(offer.getVariablesAsMap()).containsEntry("roundsBefore", 1);
    play.complete(offer, offered(2, 4, "seller-8"));
    play.complete(
        play.activate(UserTasks.JOB_TYPE), Map.of("outcome", "ACCEPT", "decidedBy", "seller8"));
    play.complete(
        play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER), Map.of("vendorAssigned", true));
    ActivatedJob reconfirm = play.activate(OrderAcceptanceProcess.JOB_CONFIRM);
    assertThat(reconfirm.getVariablesAsMap()).containsEntry("decidedBy", "seller8");
    play.complete(reconfirm, DURATIONS);
    play.complete(
        play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD), Map.of("transferId", "trf_9b"));

    ActivatedJob pack = play.activate(UserTasks.JOB_TYPE);
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

    play.complete(
        play.activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANNOT_SHIP", "decidedBy", "seller1", "decisionComment", "Flooded"));
    play.complete(
        play.activate(VendorReassignmentProcess.JOB_RELEASE_VENDOR), Map.of("roundsBefore", 3));
    play.complete(play.activate(VendorAssignmentProcess.JOB_OFFER_NEXT), noVendorFound(4, 4));
    play.complete(
        play.activate(UserTasks.JOB_TYPE),
        Map.of("outcome", "CANCEL", "decidedBy", "ops1", "decisionComment", "Nobody has stock"));

    ActivatedJob compensate = play.activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    assertThat(compensate.getVariablesAsMap())
        .containsEntry("cancelledBy", "system")
        .containsEntry("cancelReason", "no other vendor could ship the order");
    play.complete(compensate, Map.of());
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
    play.complete(play.activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    ActivatedJob notify = play.activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED);
    play.complete(notify, Map.of());
    play.complete(play.activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT), paymentWindow());

    play.passTime(Duration.ofHours(49));
    play.complete(play.activate(EscrowFundingProcess.JOB_CANCEL_UNPAID), Map.of());

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
    play.complete(play.activate(VendorAssignmentProcess.JOB_OFFER_NEXT), noVendorFound(1, 3));
    ActivatedJob pick = play.activate(UserTasks.JOB_TYPE);
    assertThat(pick.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_PICK_VENDOR);
    play.complete(
        pick, Map.of("outcome", "CANCEL", "decidedBy", "ops1", "decisionComment", "Out of season"));
    ActivatedJob reject = play.activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "No vendor could take the order: Out of season");
    play.complete(reject, Map.of());

    processInstance(reject).hasPassedElement("EndEvent_OrderRejected").isCompleted();
    acceptanceInstance()
        .hasPassedElement("EndEvent_NotAccepted")
        .hasNotPassedElement("Task_ConfirmOrder");
  }

  @Test
  void anInvalidOrderIsRejectedWithoutAskingTheSeller() throws Exception {
    placeOrder(3L);
    ActivatedJob validate = play.activate(OrderAcceptanceProcess.JOB_VALIDATE);
    play.complete(
        validate,
        Map.of("valid", false, "rejectionReason", "Line 1: below the minimum order quantity"));
    ActivatedJob reject = play.activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Line 1: below the minimum order quantity");
    play.complete(reject, Map.of());

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

    ActivatedJob confirm = play.activate(OrderAcceptanceProcess.JOB_CONFIRM);
    client
        .newThrowErrorCommand(confirm.getKey())
        .errorCode(OrderAcceptanceProcess.ERROR_STOCK_UNAVAILABLE)
        .variables(Map.of("rejectionReason", "Not enough stock left of Toor Dal"))
        .send()
        .join();
    play.idle();
    ActivatedJob reject = play.activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Not enough stock left of Toor Dal");
    play.complete(reject, Map.of());

    processInstance(confirm).hasPassedElement("Error_StockGone").isCompleted();
    processInstance(reject).hasPassedElement("EndEvent_OrderRejected").isCompleted();
  }

  @Test
  void aCancellationWhileTheSellerDecidesInterruptsAndCompensates() throws Exception {
    placeOrder(13L);
    completeValidation(true, null);
    offerToVendor();
    ActivatedJob sellerTask = play.activate(UserTasks.JOB_TYPE);

    play.publish(
        OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED,
        "13",
        Map.of("cancelledBy", "buyer1", "cancelReason", "Ordered twice by mistake"));

    ActivatedJob compensate = play.activate(OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION);
    assertThat(compensate.getVariablesAsMap())
        .containsEntry("orderId", 13)
        .containsEntry("cancelReason", "Ordered twice by mistake");
    play.complete(compensate, Map.of());
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
    play.idle();

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

  /** What escrow funding's first job returns: its own window, and when the request was made. */
  private Map<String, Object> paymentWindow() {
    return Map.of("paymentWindow", "PT48H", "paymentRequestedAt", play.now());
  }

  /** What escrow settlement's first job returns. */
  private Map<String, Object> inspectionWindows() {
    return Map.of(
        "inspectionPeriod",
        "P3D",
        "negotiationWindow",
        "P2D",
        "mediationSla",
        "P2D",
        "deliveredAt",
        play.now());
  }

  /** What the offer job returns when it offers the order to the vendor of sellerGroup. */
  private Map<String, Object> offered(int round, int maxRounds, String sellerGroup) {
    return Map.of(
        "offeredAt",
        play.now(),
        "round",
        round,
        "maxVendorRounds",
        maxRounds,
        "vendorFound",
        true,
        "vendorAssigned",
        false,
        "sellerGroup",
        sellerGroup,
        "vendorEscalationSla",
        "PT4H");
  }

  /** What the offer job returns when no vendor is left to ask. */
  private static Map<String, Object> noVendorFound(int round, int maxRounds) {
    return Map.of(
        "round",
        round,
        "maxVendorRounds",
        maxRounds,
        "vendorFound",
        false,
        "vendorAssigned",
        false,
        "vendorEscalationSla",
        "PT4H");
  }

  private void offerToVendor() throws Exception {
    play.complete(play.activate(VendorAssignmentProcess.JOB_OFFER_NEXT), offered(1, 3, "seller-7"));
  }

  /** The vendor-assignment call: the first vendor gets the order and accepts it. */
  private ActivatedJob offerToVendorAndAccept(long orderId) throws Exception {
    offerToVendor();
    ActivatedJob sellerTask = play.activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
    assertThat(sellerTask.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-7\"]")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    play.complete(sellerTask, Map.of("outcome", "ACCEPT", "decidedBy", "seller1"));
    ActivatedJob record = play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(record.getVariablesAsMap()).containsEntry("answer", "ACCEPTED");
    play.complete(record, Map.of("vendorAssigned", true));
    return sellerTask;
  }

  /** Plays confirm, notify, escrow funding's payment and transfer, up to the packing task. */
  private void confirmPayAndFund(long orderId) throws Exception {
    play.complete(play.activate(OrderAcceptanceProcess.JOB_CONFIRM), DURATIONS);
    play.complete(play.activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED), Map.of());
    play.complete(play.activate(EscrowFundingProcess.JOB_REQUEST_PAYMENT), paymentWindow());
    publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, orderId);
    play.complete(
        play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD),
        Map.of("transferId", "trf_" + orderId));
  }

  private void publish(String message, long orderId) throws Exception {
    play.publish(message, String.valueOf(orderId), Map.of());
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
    play.idle();
    return response;
  }

  private void completeValidation(boolean valid, String reason) throws Exception {
    Map<String, Object> result =
        reason == null
            ? Map.of("valid", valid, "acceptanceSla", SLA.toString())
            : Map.of("valid", valid, "rejectionReason", reason);
    play.complete(play.activate(OrderAcceptanceProcess.JOB_VALIDATE), result);
    if (valid) {
      play.complete(
          play.activate(OrderAcceptanceProcess.JOB_CHECK_CREDIT), Map.of("creditApproved", true));
    }
  }

  private ActivatedJob creditApprovalTask() throws Exception {
    play.complete(
        play.activate(OrderAcceptanceProcess.JOB_VALIDATE),
        Map.of("valid", true, "acceptanceSla", SLA.toString()));
    play.complete(
        play.activate(OrderAcceptanceProcess.JOB_CHECK_CREDIT),
        Map.of(
            "creditApproved", false,
            "creditReason", "over the limit",
            "creditApprovalSla", "PT4H"));
    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
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

    play.complete(
        approval, Map.of("outcome", "APPROVE", "decidedBy", "ops1", "decisionComment", ""));

    offerToVendor();
    ActivatedJob sellerTask = play.activate(UserTasks.JOB_TYPE);
    assertThat(sellerTask.getElementId())
        .isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
  }

  @Test
  void creditDeclinedByOpsRejectsTheOrderWithTheirReason() throws Exception {
    placeOrder(12L);
    ActivatedJob approval = creditApprovalTask();

    play.complete(
        approval,
        Map.of("outcome", "DECLINE", "decidedBy", "ops1", "decisionComment", "Overdue invoices"));

    ActivatedJob reject = play.activate(OrderLifecycleProcess.JOB_REJECT);
    assertThat(reject.getVariablesAsMap())
        .containsEntry("rejectionReason", "Credit declined by operations: Overdue invoices");
    play.complete(reject, Map.of());
    processInstance(reject).hasPassedElement("EndEvent_OrderRejected");
    acceptanceInstance()
        .hasPassedElement("EndEvent_NotAccepted")
        .hasNotPassedElement("CallActivity_VendorAssignment");
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
