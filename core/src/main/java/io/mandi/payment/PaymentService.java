package io.mandi.payment;

import io.mandi.ledger.LedgerService;
import io.mandi.order.Order;
import io.mandi.order.OrderMapper;
import io.mandi.order.OrderNotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an order's payment through the gateway into escrow. Webhooks are recorded once by the
 * provider's event id and never trusted for amounts: the payment is read back from the gateway and
 * must match what the order costs before anything is held.
 */
@Service
public class PaymentService {
  public static final String RAZORPAY = "razorpay";
  static final String PAYMENT_CAPTURED = "payment.captured";

  private final OrderMapper orders;
  private final PaymentMapper payments;
  private final PaymentGateway gateway;
  private final LedgerService ledger;
  private final EscrowEvents events;
  private final Clock clock;

  public PaymentService(
      OrderMapper orders,
      PaymentMapper payments,
      PaymentGateway gateway,
      LedgerService ledger,
      EscrowEvents events,
      Clock clock) {
    this.orders = orders;
    this.payments = payments;
    this.gateway = gateway;
    this.ledger = ledger;
    this.events = events;
    this.clock = clock;
  }

  public static String paymentKey(long orderId) {
    return "payment-order-" + orderId;
  }

  public static String holdKey(long orderId) {
    return "escrow-hold-order-" + orderId;
  }

  /** Creates the order's gateway order once; repeated calls return the same one. */
  public PaymentIntent startPayment(long orderId) {
    Order order = orders.findOrder(orderId);
    if (order == null) {
      throw new OrderNotFoundException(orderId);
    }
    payments.insertIntentIfAbsent(
        orderId, paymentKey(orderId), order.totalAmount(), clock.instant());
    PaymentIntent intent = payments.findIntent(orderId);
    if (intent.gatewayOrderId() == null) {
      String gatewayOrderId =
          gateway.createOrder(orderId, intent.amount(), intent.idempotencyKey());
      payments.recordGatewayOrder(orderId, gatewayOrderId, clock.instant());
      intent = payments.findIntent(orderId);
    }
    return intent;
  }

  /**
   * Acts on a verified webhook exactly once. If acting fails, nothing is recorded and the
   * provider's retry is processed as if it were the first delivery.
   */
  @Transactional
  public WebhookOutcome receive(WebhookEvent event) {
    if (payments.insertWebhook(
            event.provider(), event.eventId(), event.eventType(), event.rawBody(), clock.instant())
        == 0) {
      return WebhookOutcome.DUPLICATE;
    }
    String outcome =
        PAYMENT_CAPTURED.equals(event.eventType()) ? captured(event.paymentId()) : "ignored";
    payments.markWebhookProcessed(event.provider(), event.eventId(), outcome, clock.instant());
    return WebhookOutcome.PROCESSED;
  }

  private String captured(String paymentId) {
    GatewayPayment payment = gateway.fetchPayment(paymentId);
    PaymentIntent intent = payments.findIntentByGatewayOrder(payment.gatewayOrderId());
    if (intent == null) {
      return "no order for gateway order " + payment.gatewayOrderId();
    }
    if (!payment.captured()) {
      return "payment " + paymentId + " is " + payment.status();
    }
    if (payment.amount().compareTo(intent.amount()) != 0
        || !intent.currency().equals(payment.currency())) {
      payments.recordCapture(
          intent.orderId(), paymentId, PaymentStatus.AMOUNT_MISMATCH, clock.instant());
      return "captured " + payment.amount() + " but the order costs " + intent.amount();
    }
    payments.recordCapture(intent.orderId(), paymentId, PaymentStatus.CAPTURED, clock.instant());
    ledger.hold(intent.orderId(), payment.amount(), holdKey(intent.orderId()));
    events.paymentHeld(intent.orderId());
    return "held in escrow";
  }

  public PaymentIntent intent(long orderId) {
    return payments.findIntent(orderId);
  }
}
