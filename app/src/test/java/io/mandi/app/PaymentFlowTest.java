package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.mandi.account.Actor;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.DisputeService;
import io.mandi.inbound.InboundMessages;
import io.mandi.invoice.Invoice;
import io.mandi.invoice.InvoiceService;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerAccounts;
import io.mandi.ledger.LedgerService;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.order.CancellationService;
import io.mandi.order.Order;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowService;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.PaymentStatus;
import io.mandi.payment.sandbox.RazorpaySandbox.SentWebhook;
import io.mandi.recovery.JobFailureLog;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import io.mandi.vendor.VendorAnswer;
import io.mandi.vendor.VendorAssignmentService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paying into escrow through the gateway sandbox, with webhooks over real HTTP. */
class PaymentFlowTest extends MandiAppTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired LedgerService ledger;
  @Autowired InboundMessages inbound;
  @Autowired ZeebeTestEngine engine;
  @Autowired EscrowService escrow;
  @Autowired CancellationService cancellations;
  @Autowired InvoiceService invoices;
  @Autowired DisputeService disputes;
  @Autowired JobFailureLog jobFailures;
  @Autowired WhatsAppSandbox whatsApp;
  @Autowired VendorAssignmentService vendors;

  @Test
  void aPaidOrderIsHeldInEscrowOnceEvenWhenTheWebhookComesThreeTimes() throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Coriander Powder");
    long orderId = intent.orderId();

    SentWebhook webhook = gateway.pay(intent.gatewayOrderId());
    assertThat(gateway.deliver(webhook)).isEqualTo(200);
    assertThat(gateway.deliver(webhook)).isEqualTo(200);
    assertThat(inbound.handled(PaymentService.RAZORPAY, webhook.eventId()))
        .as("the inbound route recorded the event it handled")
        .isTrue();

    await("escrow held").atMost(WAIT).until(() -> ledger.hold(orderId) != null);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.HELD);
    assertThat(ledger.transactionsOf(orderId)).hasSize(1);
    assertThat(ledger.balance(LedgerAccounts.escrow(orderId)))
        .isEqualByComparingTo(intent.amount());
    assertThat(payments.intent(orderId).status()).isEqualTo(PaymentStatus.CAPTURED);
  }

  /**
   * Issue 7: the hold used to be published to the engine before it committed, so the transfer job
   * that the engine starts at once could run first and fail for "no payment held". Webhooks now
   * arrive all at once while the workers poll; no job may fail.
   */
  @Test
  void paymentsArrivingTogetherWhileTheWorkersPollFailNoJob() throws Exception {
    List<PaymentIntent> awaiting =
        List.of("Coriander Powder", "Cumin Seeds", "Coriander Powder", "Cumin Seeds").stream()
            .map(this::confirmedOrderAwaitingPayment)
            .toList();
    long failedBefore = jobFailures.attemptsFailed();

    ExecutorService buyers = Executors.newFixedThreadPool(awaiting.size());
    try {
      CompletableFuture.allOf(
              awaiting.stream()
                  .map(intent -> CompletableFuture.runAsync(() -> pay(intent), buyers))
                  .toArray(CompletableFuture[]::new))
          .get();
    } finally {
      buyers.shutdown();
    }

    for (PaymentIntent intent : awaiting) {
      await("seller's share on hold for order " + intent.orderId())
          .atMost(WAIT)
          .until(
              () ->
                  escrow.transfer(intent.orderId()) != null
                      && escrow.transfer(intent.orderId()).transferId() != null);
      assertThat(jobFailures.ofOrder(intent.orderId()))
          .as("failed job attempts of order " + intent.orderId())
          .isEmpty();
    }
    assertThat(jobFailures.attemptsFailed()).isEqualTo(failedBefore);
  }

  private void pay(PaymentIntent intent) {
    try {
      gateway.pay(intent.gatewayOrderId());
    } catch (Exception e) {
      throw new IllegalStateException("Paying order " + intent.orderId() + " failed", e);
    }
  }

  @Test
  void aDeliveredOrderConfirmedByTheBuyerPaysTheSellerLessCommissionAndIsInvoiced()
      throws Exception {
    long sellerId = user("seller1").sellerId();
    BigDecimal payableBefore = ledger.balance(LedgerAccounts.sellerPayable(sellerId));
    PaymentIntent intent = deliveredOrder("Cumin Seeds");
    long orderId = intent.orderId();
    String awb = shipments.shipment(orderId).awb();
    assertThat(logistics.deliver(logistics.webhooks().getLast()))
        .as("the same delivery webhook again")
        .isEqualTo(200);
    assertThat(shipments.trackingOf(orderId)).hasSize(2);
    assertThat(whatsApp.received())
        .filteredOn(m -> m.template().equals("order_shipped"))
        .filteredOn(m -> m.parameters().contains(String.valueOf(orderId)))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.to()).isEqualTo("919811111111"); // buyer1
              assertThat(m.parameters()).contains(awb);
            });

    escrow.confirmReceipt(user("buyer1"), orderId);

    await("order completed")
        .atMost(WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    BigDecimal commission =
        intent.amount().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_EVEN);
    assertThat(ledger.balance(LedgerAccounts.sellerPayable(sellerId)).subtract(payableBefore))
        .isEqualByComparingTo(intent.amount().subtract(commission));
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.RELEASED);
    assertThat(ledger.balance(LedgerAccounts.escrow(orderId))).isEqualByComparingTo("0");
    assertThat(ledger.transactionsOf(orderId)).hasSize(2);
    assertThat(gateway.transfersOf(payments.intent(orderId).paymentId()))
        .as("the seller's share went to its linked account on hold, then the hold was released")
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t).containsEntry("on_hold", false).containsEntry("amount_reversed", 0L);
              assertThat(((Number) t.get("amount")).longValue())
                  .isEqualTo(
                      intent.amount().subtract(commission).movePointRight(2).longValueExact());
            });
    Invoice invoice = invoices.invoice(user("buyer1"), orderId).orElseThrow();
    assertThat(invoice.invoiceNo()).matches("MND/\\d{4}-\\d{2}/\\d{6}");
    assertThat(invoice.total()).isEqualByComparingTo(intent.amount());
    assertThat(invoice.intraState()).isTrue(); // seller1 and buyer1 are both in MH
    assertThat(invoice.cgst()).isEqualByComparingTo(invoice.sgst()).isPositive();
    assertThat(invoices.lines(invoice.invoiceNo()))
        .singleElement()
        .satisfies(line -> assertThat(line.hsnCode()).isEqualTo("0909"));
    byte[] pdf = invoices.pdf(user("buyer1"), orderId).orElseThrow().pdf();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    await("order-lifecycle completed")
        .atMost(WAIT)
        .until(
            () ->
                processCompleted(
                    orders.details(user("buyer1"), orderId).order().processInstanceKey()));
    assertThat(awb).isNotBlank();
    assertThatThrownBy(() -> escrow.confirmReceipt(user("buyer2"), orderId))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void aSellerThatCannotShipIsReplacedWhileThePaymentStaysHeldAndTheNewOneIsPaid()
      throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Coconut Broom");
    long orderId = intent.orderId();
    gateway.pay(intent.gatewayOrderId());
    HumanTask pack = awaitOpenTask(user("seller1"), orderId, ReadyToShipTask.KIND);

    inbox.decide(user("seller1"), pack.id(), TaskInput.of("CANNOT_SHIP", "Flooded warehouse"));

    Order moved =
        await("offered to another vendor")
            .atMost(WAIT)
            .until(
                () -> orders.details(user("ops1"), orderId).order(),
                o -> o.sellerId() != user("seller1").sellerId());
    Actor next = sellerUser(moved.sellerId());
    inbox.decide(
        next,
        awaitOpenTask(next, orderId, SellerAcceptanceTask.KIND).id(),
        TaskInput.of("ACCEPT", null));
    HumanTask nextPack = awaitOpenTask(next, orderId, ReadyToShipTask.KIND);

    assertThat(ledger.transactionsOf(orderId)).as("the payment stayed held: one HOLD").hasSize(1);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.HELD);
    String paymentId = payments.intent(orderId).paymentId();
    assertThat(gateway.transfersOf(paymentId)).hasSize(2);
    assertThat(gateway.transfersOf(paymentId))
        .anySatisfy(t -> assertThat(t.get("amount_reversed")).isEqualTo(t.get("amount")))
        .anySatisfy(
            t -> {
              assertThat(t).containsEntry("on_hold", true).containsEntry("amount_reversed", 0L);
              assertThat((String) t.get("recipient"))
                  .isNotEqualTo("acc_demo" + user("seller1").sellerId());
            });
    assertThat(vendors.rounds(orderId).getFirst())
        .satisfies(
            r -> {
              assertThat(r.outcome()).isEqualTo(VendorAnswer.DROPPED);
              assertThat(r.reason()).isEqualTo("Could not ship: Flooded warehouse");
            });

    BigDecimal payableBefore = ledger.balance(LedgerAccounts.sellerPayable(next.sellerId()));
    shipments.readyToShip(next, nextPack.id(), new BigDecimal("8"), 1);
    await("shipped by the new vendor")
        .atMost(WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.SHIPPED);
    logistics.track(shipments.shipment(orderId).awb(), "DELIVERED");
    await("delivered").atMost(WAIT).until(() -> buyer1StatusOf(orderId) == OrderStatus.DELIVERED);
    escrow.confirmReceipt(user("buyer1"), orderId);
    await("completed").atMost(WAIT).until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    BigDecimal commission =
        intent.amount().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_EVEN);
    assertThat(
            ledger.balance(LedgerAccounts.sellerPayable(next.sellerId())).subtract(payableBefore))
        .as("the vendor that shipped is paid")
        .isEqualByComparingTo(intent.amount().subtract(commission));
  }

  @Test
  void withNoDisputeTheInspectionPeriodLapsesIntoDeemedAcceptance() throws Exception {
    PaymentIntent intent = deliveredOrder("Mango Pickle");
    long orderId = intent.orderId();

    engine.increaseTime(Duration.ofDays(3).plusMinutes(1));

    await("closed by deemed acceptance")
        .atMost(WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.RELEASED);
    assertThat(ledger.transactionsOf(orderId).getLast().description())
        .isEqualTo("Released: Inspection period over with no dispute: deemed accepted");
    assertThat(invoices.invoice(user("buyer1"), orderId)).isPresent();
  }

  @Test
  void aDisputeEndsInASplitWhenTheBuyerAcceptsTheSellersPartialRefund() throws Exception {
    long sellerId = user("seller1").sellerId();
    BigDecimal payableBefore = ledger.balance(LedgerAccounts.sellerPayable(sellerId));
    PaymentIntent intent = deliveredOrder("Turmeric Powder");
    long orderId = intent.orderId();
    assertThatThrownBy(() -> disputes.open(user("buyer1"), orderId, " ", null))
        .hasMessageContaining("Say what is wrong");

    disputes.open(user("buyer1"), orderId, "Two bags torn", "Photos sent on WhatsApp");
    HumanTask answer = awaitOpenTask(user("seller1"), orderId, DisputeResponseTask.KIND);
    assertThatThrownBy(
            () -> disputes.offerRefund(user("seller1"), answer.id(), intent.amount(), null))
        .hasMessageContaining("less than");
    await("the seller told of the dispute on WhatsApp")
        .atMost(WAIT)
        .until(
            () ->
                whatsApp.received().stream()
                    .anyMatch(
                        m ->
                            m.template().equals("dispute_opened")
                                && m.to().equals("919820000001") // seller1, the SHG
                                && m.parameters().contains(String.valueOf(orderId))));
    BigDecimal refund = new BigDecimal("100.00");
    disputes.offerRefund(user("seller1"), answer.id(), refund, "Sorry about the bags");
    await("offer recorded")
        .atMost(WAIT)
        .until(() -> disputes.dispute(user("buyer1"), orderId).offeredRefund() != null);
    disputes.answerOffer(user("buyer1"), orderId, true);

    await("order completed after the split")
        .atMost(WAIT)
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.SPLIT);
    BigDecimal kept = intent.amount().subtract(refund);
    BigDecimal commission =
        kept.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_EVEN);
    assertThat(ledger.balance(LedgerAccounts.sellerPayable(sellerId)).subtract(payableBefore))
        .isEqualByComparingTo(kept.subtract(commission));
    assertThat(gateway.refundsOf(payments.intent(orderId).paymentId()))
        .as("the buyer's part went back through the gateway")
        .singleElement()
        .satisfies(r -> assertThat(((Number) r.get("amount")).longValue()).isEqualTo(10000L));
    assertThat(gateway.transfersOf(payments.intent(orderId).paymentId()))
        .as("95% of the refunded 100.00 came back from the seller's transfer")
        .singleElement()
        .satisfies(
            t ->
                assertThat(t)
                    .containsEntry("on_hold", false)
                    .containsEntry("amount_reversed", 9500L));
    assertThat(ledger.transactionsOf(orderId)).hasSize(2);
  }

  @Test
  void aWebhookWithABadSignatureIsRefusedAndChangesNothing() throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Garam Masala");
    SentWebhook genuine = gateway.pay(intent.gatewayOrderId());
    byte[] tampered =
        new String(genuine.body(), StandardCharsets.UTF_8)
            .replace("captured", "failed")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(gateway.deliver(new SentWebhook("evt_forged", tampered, genuine.signature())))
        .isEqualTo(401);
    assertThat(gateway.deliver(new SentWebhook("evt_unsigned", genuine.body(), ""))).isEqualTo(401);
    await("genuine webhook held the money")
        .atMost(WAIT)
        .until(() -> ledger.hold(intent.orderId()) != null);
    assertThat(ledger.transactionsOf(intent.orderId())).hasSize(1);
  }

  @Test
  void anOrderNotPaidInTimeIsCancelledAndItsStockGoesBack() {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Mango Pickle");
    long orderId = intent.orderId();
    long offerId = orders.details(user("buyer1"), orderId).lines().getFirst().offerId();
    int stockWhileReserved = catalog.offersById(List.of(offerId)).get(offerId).stock();

    engine.increaseTime(Duration.ofHours(48).plusMinutes(1));

    await("order cancelled")
        .atMost(WAIT)
        .until(
            () ->
                orders.details(user("buyer1"), orderId).order().status() == OrderStatus.CANCELLED);
    assertThat(catalog.offersById(List.of(offerId)).get(offerId).stock())
        .isEqualTo(stockWhileReserved + 10);
    assertThat(ledger.hold(orderId)).isNull();
  }

  @Test
  void aPaidOrderCancelledByTheBuyerIsRefundedThroughTheGatewayAndItsStockReturns()
      throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Red Chilli Powder");
    long orderId = intent.orderId();
    long offerId = orders.details(user("buyer1"), orderId).lines().getFirst().offerId();
    int stockWhileReserved = catalog.offersById(List.of(offerId)).get(offerId).stock();
    BigDecimal refundsBefore =
        ledger.balance(LedgerAccounts.buyerRefunds(user("buyer1").buyerId()));
    gateway.pay(intent.gatewayOrderId());
    await("escrow held").atMost(WAIT).until(() -> ledger.hold(orderId) != null);

    cancellations.requestCancellation(user("buyer1"), orderId, "Found a closer supplier");

    await("order cancelled")
        .atMost(WAIT)
        .until(
            () ->
                orders.details(user("buyer1"), orderId).order().status() == OrderStatus.CANCELLED);
    String paymentId = payments.intent(orderId).paymentId();
    assertThat(gateway.refundsOf(paymentId))
        .singleElement()
        .satisfies(
            refund ->
                assertThat(((Number) refund.get("amount")).longValue())
                    .isEqualTo(intent.amount().movePointRight(2).longValueExact()));
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.REFUNDED);
    assertThat(
            ledger
                .balance(LedgerAccounts.buyerRefunds(user("buyer1").buyerId()))
                .subtract(refundsBefore))
        .isEqualByComparingTo(intent.amount());
    assertThat(catalog.offersById(List.of(offerId)).get(offerId).stock())
        .isEqualTo(stockWhileReserved + 10);
    assertThat(orders.details(user("buyer1"), orderId).history().getLast().reason())
        .isEqualTo("Cancelled by buyer1: Found a closer supplier");
    await("order-lifecycle ended after compensation")
        .atMost(WAIT)
        .until(
            () ->
                processCompleted(
                    orders.details(user("buyer1"), orderId).order().processInstanceKey()));
    assertThatThrownBy(() -> cancellations.requestCancellation(user("buyer1"), orderId, "again"))
        .hasMessageContaining("can no longer be cancelled");
  }

  @Test
  void anOrderCancelledWhileTheSellerDecidesLeavesNoTaskBehind() {
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer("Toor Dal"), 5);
    awaitOpenTask(user("seller1"), order.id(), SellerAcceptanceTask.KIND);
    assertThatThrownBy(
            () -> cancellations.requestCancellation(user("buyer2"), order.id(), "not mine"))
        .isInstanceOf(OrderNotFoundException.class);

    cancellations.requestCancellation(user("buyer1"), order.id(), "Wrong quantity");

    await("order cancelled")
        .atMost(WAIT)
        .until(
            () ->
                orders.details(user("buyer1"), order.id()).order().status()
                    == OrderStatus.CANCELLED);
    assertThat(inbox.openTasksFor(user("seller1"))).noneMatch(t -> t.orderId() == order.id());
    assertThat(ledger.hold(order.id())).isNull();
  }

  private boolean processCompleted(Long processInstanceKey) {
    return processInstanceKey != null
        && StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
            .filter(r -> r.getValueType() == ValueType.PROCESS_INSTANCE)
            .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
            .map(r -> (ProcessInstanceRecordValue) r.getValue())
            .anyMatch(
                v ->
                    v.getBpmnElementType() == BpmnElementType.PROCESS
                        && v.getProcessInstanceKey() == processInstanceKey);
  }
}
