package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerAccounts;
import io.mandi.ledger.LedgerService;
import io.mandi.order.CancellationService;
import io.mandi.order.Order;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowService;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.PaymentStatus;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.mandi.payment.sandbox.RazorpaySandbox.SentWebhook;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Paying into escrow through the gateway sandbox, with webhooks over real HTTP. */
class PaymentFlowTest extends MandiAppTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired OrderQueryService orders;
  @Autowired TaskInboxService inbox;
  @Autowired PaymentService payments;
  @Autowired LedgerService ledger;
  @Autowired RazorpaySandbox gateway;
  @Autowired ZeebeTestEngine engine;
  @Autowired EscrowService escrow;
  @Autowired CancellationService cancellations;

  /** An order seller1 has accepted, with its gateway order created by the escrow process. */
  PaymentIntent confirmedOrderAwaitingPayment(String product) {
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer(product), 10);
    HumanTask task =
        await("seller task")
            .atMost(WAIT)
            .until(
                () ->
                    inbox.openTasksFor(user("seller1")).stream()
                        .filter(t -> t.orderId() == order.id())
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();
    inbox.complete(user("seller1"), task.id(), new TaskDecision(TaskOutcome.ACCEPT, null));
    return await("gateway order for order " + order.id())
        .atMost(WAIT)
        .until(
            () -> payments.intent(order.id()),
            intent -> intent != null && intent.gatewayOrderId() != null);
  }

  @Test
  void aPaidOrderIsHeldInEscrowOnceEvenWhenTheWebhookComesThreeTimes() throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Coriander Powder");
    long orderId = intent.orderId();

    SentWebhook webhook = gateway.pay(intent.gatewayOrderId());
    assertThat(gateway.deliver(webhook)).isEqualTo(200);
    assertThat(gateway.deliver(webhook)).isEqualTo(200);

    await("escrow held").atMost(WAIT).until(() -> ledger.hold(orderId) != null);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.HELD);
    assertThat(ledger.transactionsOf(orderId)).hasSize(1);
    assertThat(ledger.balance(LedgerAccounts.escrow(orderId)))
        .isEqualByComparingTo(intent.amount());
    assertThat(payments.intent(orderId).status()).isEqualTo(PaymentStatus.CAPTURED);
  }

  @Test
  void whenTheBuyerConfirmsReceiptTheSellerIsPaidLessCommissionAndTheOrderCompletes()
      throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Cumin Seeds");
    long orderId = intent.orderId();
    long sellerId = user("seller1").sellerId();
    BigDecimal payableBefore = ledger.balance(LedgerAccounts.sellerPayable(sellerId));
    gateway.pay(intent.gatewayOrderId());
    await("escrow held").atMost(WAIT).until(() -> ledger.hold(orderId) != null);

    escrow.confirmReceipt(user("buyer1"), orderId);

    await("order completed")
        .atMost(WAIT)
        .until(
            () ->
                orders.details(user("buyer1"), orderId).order().status() == OrderStatus.COMPLETED);
    BigDecimal commission =
        intent.amount().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_EVEN);
    assertThat(ledger.balance(LedgerAccounts.sellerPayable(sellerId)).subtract(payableBefore))
        .isEqualByComparingTo(intent.amount().subtract(commission));
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.RELEASED);
    assertThat(ledger.balance(LedgerAccounts.escrow(orderId))).isEqualByComparingTo("0");
    assertThat(ledger.transactionsOf(orderId)).hasSize(2);
    await("order-lifecycle completed after escrow was released")
        .atMost(WAIT)
        .until(
            () ->
                processCompleted(
                    orders.details(user("buyer1"), orderId).order().processInstanceKey()));
    assertThatThrownBy(() -> escrow.confirmReceipt(user("buyer2"), orderId))
        .isInstanceOf(OrderNotFoundException.class);
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
    await("seller task")
        .atMost(WAIT)
        .until(
            () ->
                inbox.openTasksFor(user("seller1")).stream()
                    .anyMatch(t -> t.orderId() == order.id()));
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
