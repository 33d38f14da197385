package io.mandi.order.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import io.mandi.vendor.process.VendorAssignmentProcess;
import io.mandi.vendor.process.VendorReassignmentProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-creating a lost order-lifecycle instance at each step an order can wait in: the new instance
 * waits where the old one did, its timers fire when the recorded window ends (not a full window
 * later), and it goes on from there.
 */
@ZeebeProcessTest
class OrderResumptionProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

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
  void creditApprovalWaitsForOperationsAgain() throws Exception {
    resume(ResumePoint.CREDIT_APPROVAL, Map.of("creditApprovalSla", "PT8H"));
    assertThat(openTask()).isEqualTo(OrderAcceptanceProcess.USER_TASK_APPROVE_CREDIT);
  }

  @Test
  void aVendorAskedTwentyHoursAgoHasFourHoursLeftNotAFreshDay() throws Exception {
    resume(
        ResumePoint.VENDOR_ACCEPTANCE,
        Map.of(
            "round",
            2,
            "maxVendorRounds",
            3,
            "vendorEscalationSla",
            "PT4H",
            "sellerGroup",
            "seller-7",
            "offeredAt",
            ago(Duration.ofHours(20))));
    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
    assertThat(task.getVariablesAsMap()).containsEntry("sellerGroup", "seller-7");

    play.passTime(Duration.ofHours(3));
    assertThat(jobs(VendorAssignmentProcess.JOB_RECORD_ANSWER)).as("3 h later").isEmpty();
    play.passTime(Duration.ofMinutes(61));
    ActivatedJob timeout = play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(timeout.getVariablesAsMap()).containsEntry("answer", "TIMED_OUT");
    assertThat(timeout.getVariablesAsMap()).containsEntry("round", 2);
  }

  @Test
  void operationsPickingAVendorAreAskedAgain() throws Exception {
    resume(ResumePoint.VENDOR_PICK, Map.of("vendorEscalationSla", "PT4H", "round", 3));
    assertThat(openTask()).isEqualTo(VendorAssignmentProcess.USER_TASK_PICK_VENDOR);
  }

  @Test
  void aReassignmentWaitsForTheNewVendorAndPassesNoStaleResumeOn() throws Exception {
    resume(
        ResumePoint.REASSIGNMENT_VENDOR_ACCEPTANCE,
        Map.of(
            "round",
            2,
            "maxVendorRounds",
            4,
            "sellerGroup",
            "seller-9",
            "offeredAt",
            ago(Duration.ofHours(1))));
    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
    assertThat(task.getBpmnProcessId()).isEqualTo(VendorAssignmentProcess.PROCESS_ID);
  }

  @Test
  void anAcceptedOrderIsConfirmedAndKeepsItsVendorsGroup() throws Exception {
    resume(ResumePoint.ORDER_CONFIRMATION, Map.of("sellerGroup", "seller-7"));
    play.complete(play.activate(OrderAcceptanceProcess.JOB_CONFIRM), Map.of("dispatchSla", "P2D"));
    assertThat(play.activate(OrderLifecycleProcess.JOB_NOTIFY_CONFIRMED).getVariablesAsMap())
        .containsEntry("sellerGroup", "seller-7");
  }

  @Test
  void aNewVendorThatAcceptedIsConfirmedPaidOnHoldAndPacksWithoutReleasingAnyoneAgain()
      throws Exception {
    resume(ResumePoint.REASSIGNMENT_CONFIRMATION, Map.of("sellerGroup", "seller-7"));
    ActivatedJob reconfirm = play.activate(OrderAcceptanceProcess.JOB_CONFIRM);
    assertThat(reconfirm.getBpmnProcessId()).isEqualTo(VendorReassignmentProcess.PROCESS_ID);
    play.complete(reconfirm, Map.of("dispatchSla", "P2D"));
    play.complete(play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD), Map.of());

    ActivatedJob pack = play.activate(UserTasks.JOB_TYPE);
    assertThat(pack.getElementId()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
    assertThat(pack.getVariablesAsMap()).containsEntry("sellerGroup", "seller-7");
    assertThat(jobs(VendorReassignmentProcess.JOB_RELEASE_VENDOR)).isEmpty();
  }

  @Test
  void theBuyerHasOnlyWhatIsLeftOfThePaymentWindow() throws Exception {
    resume(
        ResumePoint.PAYMENT,
        Map.of("paymentWindow", "PT48H", "paymentRequestedAt", ago(Duration.ofHours(47))));
    assertThat(jobs(EscrowFundingProcess.JOB_REQUEST_PAYMENT))
        .as("no second gateway order")
        .isEmpty();
    play.passTime(Duration.ofMinutes(61));
    play.activate(EscrowFundingProcess.JOB_CANCEL_UNPAID);
  }

  @Test
  void aPaymentArrivingAfterResumptionIsTransferredOnHold() throws Exception {
    resume(
        ResumePoint.PAYMENT,
        Map.of("paymentWindow", "PT48H", "paymentRequestedAt", ago(Duration.ofHours(2))));
    play.publish(EscrowFundingProcess.MESSAGE_PAYMENT_HELD, "41", Map.of());
    ActivatedJob transfer = play.activate(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD);
    play.complete(transfer, Map.of());
    assertThat(openTask()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
  }

  @Test
  void aPaidOrderWaitsForPackingAgain() throws Exception {
    resume(ResumePoint.PACKING, Map.of());
    assertThat(openTask()).isEqualTo(OrderLifecycleProcess.USER_TASK_READY_TO_SHIP);
  }

  @Test
  void aShippedOrderWaitsForTheCourierAgain() throws Exception {
    resume(ResumePoint.DELIVERY, Map.of());
    play.publish(OrderLifecycleProcess.MESSAGE_SHIPMENT_DELIVERED, "41", Map.of());
    play.activate(OrderLifecycleProcess.JOB_RECORD_DELIVERY);
  }

  @Test
  void inspectionEndsThreeDaysAfterTheRecordedDelivery() throws Exception {
    resume(ResumePoint.INSPECTION, windows(Map.of("deliveredAt", ago(Duration.ofDays(2)))));
    assertThat(jobs(EscrowSettlementProcess.JOB_START_INSPECTION)).isEmpty();
    play.passTime(Duration.ofHours(23));
    assertThat(jobs(EscrowSettlementProcess.JOB_RELEASE)).as("23 h later").isEmpty();
    play.passTime(Duration.ofMinutes(61));
    ActivatedJob release = play.activate(EscrowSettlementProcess.JOB_RELEASE);
    assertThat((String) release.getVariablesAsMap().get("releaseReason")).contains("deemed");
  }

  @Test
  void aSellerAnsweringADisputeHasWhatIsLeftOfTheNegotiationWindow() throws Exception {
    resume(
        ResumePoint.DISPUTE_RESPONSE,
        windows(Map.of("disputeOpenedAt", ago(Duration.ofDays(1)), "sellerGroup", "seller-7")));
    assertThat(openTask()).isEqualTo(EscrowSettlementProcess.USER_TASK_SELLER_DISPUTE_RESPONSE);
    play.passTime(Duration.ofHours(24).plusMinutes(1));
    assertThat(openTask()).isEqualTo(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE);
  }

  @Test
  void anOfferAwaitingTheBuyersAnswerCanStillBeAccepted() throws Exception {
    resume(ResumePoint.OFFER_ANSWER, windows(Map.of("refundOfferedAt", ago(Duration.ofHours(3)))));
    play.publish(
        EscrowSettlementProcess.MESSAGE_OFFER_ANSWERED,
        "41",
        Map.of(EscrowSettlementProcess.VARIABLE_OFFER_ACCEPTED, true));
    play.activate(EscrowSettlementProcess.JOB_SETTLE_DISPUTE);
  }

  @Test
  void mediationIsOperationsTaskAgain() throws Exception {
    resume(ResumePoint.MEDIATION, windows(Map.of()));
    assertThat(openTask()).isEqualTo(EscrowSettlementProcess.USER_TASK_MEDIATE_DISPUTE);
  }

  @Test
  void aSettledOrderGoesOnToItsInvoice() throws Exception {
    resume(ResumePoint.INVOICE, Map.of());
    play.activate(OrderLifecycleProcess.JOB_INVOICE);
  }

  @Test
  void everyPointStartsBeforeAnElementOfOrderLifecycle() throws Exception {
    for (ResumePoint point : ResumePoint.values()) {
      long key = resume(point, windows(Map.of("offeredAt", ago(Duration.ZERO))));
      assertThat(key).as(point.name()).isPositive();
    }
  }

  private long resume(ResumePoint point, Map<String, Object> context) throws Exception {
    Map<String, Object> order =
        Map.of(
            "orderId", 41L,
            "sellerGroup", "seller-7",
            "acceptanceSla", "PT24H",
            "dispatchSla", "P2D",
            "receiptConfirmed", false);
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(OrderLifecycleProcess.PROCESS_ID)
            .latestVersion()
            .variables(point.variables(order, context))
            .startBeforeElement(point.element())
            .send()
            .join()
            .getProcessInstanceKey();
    play.idle();
    return key;
  }

  private static Map<String, Object> windows(Map<String, Object> facts) {
    Map<String, Object> context = new HashMap<>(facts);
    context.put("inspectionPeriod", "P3D");
    context.put("negotiationWindow", "P2D");
    context.put("mediationSla", "P2D");
    context.put("sellerGroup", "seller-7");
    return context;
  }

  private String ago(Duration duration) {
    return Instant.parse(play.now()).minus(duration).toString();
  }

  private String openTask() {
    return play.activate(UserTasks.JOB_TYPE).getElementId();
  }

  private List<ActivatedJob> jobs(String type) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(5)
        .send()
        .join()
        .getJobs();
  }
}
