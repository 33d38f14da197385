package io.mandi.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.CoreTestApplication.FakePaymentGateway;
import io.mandi.CoreTestApplication.RecordingEscrowEvents;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.ledger.LedgerAccounts;
import io.mandi.ledger.LedgerService;
import io.mandi.ledger.LedgerTransaction;
import io.mandi.ledger.TransactionKind;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class PaymentServiceTest {
  @Autowired PaymentService payments;
  @Autowired FakePaymentGateway gateway;
  @Autowired RecordingEscrowEvents events;
  @Autowired LedgerService ledger;
  @Autowired OrderPlacementService placement;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired OrderStatusService statuses;
  Order order;

  @BeforeEach
  void placeOrder() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.MANUFACTURER);
    long product = fixture.product(fixture.category(), "Steel Tumbler");
    long offer = fixture.offer(seller, product, 1, 100, new BigDecimal("120.00"));
    order =
        placement
            .place(
                buyer,
                new PlaceOrderCommand(
                    UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 5))))
            .getFirst();
  }

  private WebhookEvent captured(String eventId, String paymentId) {
    return new WebhookEvent(PaymentService.RAZORPAY, eventId, "payment.captured", paymentId, "{}");
  }

  @Test
  void theGatewayOrderIsCreatedOnceWithTheStoredKey() {
    PaymentIntent first = payments.startPayment(order.id());
    PaymentIntent again = payments.startPayment(order.id());

    assertThat(again.gatewayOrderId())
        .isEqualTo(first.gatewayOrderId())
        .isEqualTo("order_" + order.id());
    assertThat(
            gateway.createKeys.stream()
                .filter(k -> k.equals(PaymentService.paymentKey(order.id()))))
        .hasSize(1);
    assertThat(first.amount()).isEqualByComparingTo("600.00");
  }

  @Test
  void theSameWebhookThreeTimesHoldsTheMoneyOnce() {
    payments.startPayment(order.id());
    String paymentId = "pay_" + order.id();
    gateway.payments.put(
        paymentId,
        new GatewayPayment(
            paymentId, "order_" + order.id(), new BigDecimal("600.00"), "INR", "captured"));

    assertThat(payments.receive(captured("evt_" + order.id(), paymentId)))
        .isEqualTo(WebhookOutcome.PROCESSED);
    assertThat(payments.receive(captured("evt_" + order.id(), paymentId)))
        .isEqualTo(WebhookOutcome.DUPLICATE);
    assertThat(payments.receive(captured("evt_" + order.id(), paymentId)))
        .isEqualTo(WebhookOutcome.DUPLICATE);
    // A second event id for the same capture (providers do send those) still holds nothing twice.
    assertThat(payments.receive(captured("evt_again_" + order.id(), paymentId)))
        .isEqualTo(WebhookOutcome.PROCESSED);

    assertThat(ledger.transactionsOf(order.id())).hasSize(1);
    assertThat(ledger.balance(LedgerAccounts.escrow(order.id()))).isEqualByComparingTo("600.00");
    assertThat(payments.intent(order.id()).status()).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(events.held.stream().filter(id -> id == order.id())).hasSize(1);
  }

  private String capturedAtGateway(String paymentId) {
    gateway.payments.put(
        paymentId,
        new GatewayPayment(
            paymentId, "order_" + order.id(), new BigDecimal("600.00"), "INR", "captured"));
    return paymentId;
  }

  @Test
  void aPaymentCapturedAfterTheBuyerCancelledIsRefundedOnce() {
    payments.startPayment(order.id());
    statuses.cancel(order.id(), "buyer", "Changed my mind");
    String paymentId = capturedAtGateway("pay_late_" + order.id());

    payments.receive(captured("evt_late_" + order.id(), paymentId));
    payments.receive(captured("evt_late_again_" + order.id(), paymentId));

    String key = "late-capture-refund-" + paymentId;
    assertThat(gateway.refundKeys.stream().filter(key::equals)).hasSize(1);
    assertThat(ledger.transactionsOf(order.id()))
        .singleElement()
        .extracting(LedgerTransaction::kind)
        .isEqualTo(TransactionKind.LATE_CAPTURE_REFUND);
    assertThat(ledger.hold(order.id())).isNull();
    assertThat(events.held).doesNotContain(order.id());
  }

  @Test
  void aSecondPaymentForAPaidOrderIsRefundedAndTheFirstStaysHeld() {
    payments.startPayment(order.id());
    String first = capturedAtGateway("pay_first_" + order.id());
    String second = capturedAtGateway("pay_second_" + order.id());

    payments.receive(captured("evt_first_" + order.id(), first));
    payments.receive(captured("evt_second_" + order.id(), second));

    assertThat(ledger.balance(LedgerAccounts.escrow(order.id()))).isEqualByComparingTo("600.00");
    assertThat(gateway.refundKeys).contains("late-capture-refund-" + second);
    assertThat(gateway.refundKeys).doesNotContain("late-capture-refund-" + first);
    assertThat(payments.intent(order.id()).paymentId()).isEqualTo(first);
  }

  @Test
  void aWebhookForAPaymentTheGatewayDoesNotKnowIsRefusedAndRecordsNothing() {
    gateway.unknownPayments.add("pay_forged");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> payments.receive(captured("evt_forged_" + order.id(), "pay_forged")))
        .isInstanceOf(UnknownPaymentException.class);
    assertThat(ledger.transactionsOf(order.id())).isEmpty();
    payments.startPayment(order.id());
    String real = capturedAtGateway("pay_real_" + order.id());
    assertThat(payments.receive(captured("evt_forged_" + order.id(), real)))
        .as("the refused event was not recorded, so its id is still free")
        .isEqualTo(WebhookOutcome.PROCESSED);
  }

  @Test
  void anAmountThatDoesNotMatchTheOrderIsNotHeld() {
    payments.startPayment(order.id());
    String paymentId = "pay_short_" + order.id();
    gateway.payments.put(
        paymentId,
        new GatewayPayment(
            paymentId, "order_" + order.id(), new BigDecimal("6.00"), "INR", "captured"));

    payments.receive(captured("evt_short_" + order.id(), paymentId));

    assertThat(ledger.transactionsOf(order.id())).isEmpty();
    assertThat(payments.intent(order.id()).status()).isEqualTo(PaymentStatus.AMOUNT_MISMATCH);
    assertThat(events.held).doesNotContain(order.id());
  }
}
