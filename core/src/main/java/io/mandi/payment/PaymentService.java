package io.mandi.payment;

import io.mandi.ledger.LedgerService;
import io.mandi.live.MoneyEvent;
import io.mandi.live.OrderChanged;
import io.mandi.order.Order;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes an order's payment through the gateway into escrow. Webhooks are recorded once by the
 * provider's event id and never trusted for amounts: the payment is read back from the gateway
 * (before any transaction opens) and must match what the order costs before anything is held.
 */
@Service
public class PaymentService {
  public static final String RAZORPAY = "razorpay";
  static final String PAYMENT_CAPTURED = "payment.captured";

  private final OrderStatusService orders;
  private final PaymentMapper payments;
  private final PaymentGateway gateway;
  private final LedgerService ledger;
  private final EscrowNotices notices;
  private final LateCaptureRefunds lateCaptures;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  PaymentService(
      OrderStatusService orders,
      PaymentMapper payments,
      PaymentGateway gateway,
      LedgerService ledger,
      EscrowNotices notices,
      LateCaptureRefunds lateCaptures,
      Clock clock,
      TransactionTemplate transaction,
      ApplicationEventPublisher events) {
    this.events = events;
    this.orders = orders;
    this.payments = payments;
    this.gateway = gateway;
    this.ledger = ledger;
    this.notices = notices;
    this.lateCaptures = lateCaptures;
    this.clock = clock;
    this.transaction = transaction;
  }

  public static String paymentKey(long orderId) {
    return "payment-order-" + orderId;
  }

  public static String holdKey(long orderId) {
    return "escrow-hold-order-" + orderId;
  }

  /** Creates the order's gateway order once; repeated calls return the same one. */
  public PaymentIntent startPayment(long orderId) {
    Order order = orders.order(orderId);
    payments.insertIntentIfAbsent(
        orderId, paymentKey(orderId), order.totalAmount(), clock.instant());
    PaymentIntent intent = payments.findIntent(orderId);
    if (intent.gatewayOrderId() == null) {
      String gatewayOrderId =
          gateway.createOrder(orderId, intent.amount(), intent.idempotencyKey());
      payments.recordGatewayOrder(orderId, gatewayOrderId, clock.instant());
      intent = payments.findIntent(orderId);
      events.publishEvent(new OrderChanged(orderId)); // the buyer's page can now offer "Pay"
    }
    return intent;
  }

  /**
   * Acts on a verified webhook exactly once. The payment is read from the gateway first, with no
   * transaction open; the event, what it changes and what must be told then commit together. If
   * acting fails, nothing is recorded and the provider's retry is processed as the first delivery.
   *
   * @throws UnknownPaymentException when the event names a payment the gateway does not know
   */
  public WebhookOutcome receive(WebhookEvent event) {
    if (payments.countWebhooks(event.provider(), event.eventId()) > 0) {
      return WebhookOutcome.DUPLICATE; // saves the gateway call; the insert below decides
    }
    GatewayPayment payment =
        PAYMENT_CAPTURED.equals(event.eventType()) ? fetch(event.paymentId()) : null;
    return transaction.execute(
        status -> {
          if (payments.insertWebhook(
                  event.provider(),
                  event.eventId(),
                  event.eventType(),
                  event.rawBody(),
                  clock.instant())
              == 0) {
            return WebhookOutcome.DUPLICATE;
          }
          String outcome = payment == null ? "ignored" : captured(payment);
          payments.markWebhookProcessed(
              event.provider(), event.eventId(), outcome, clock.instant());
          return WebhookOutcome.PROCESSED;
        });
  }

  private GatewayPayment fetch(String paymentId) {
    if (paymentId == null || paymentId.isBlank()) {
      throw new UnknownPaymentException("The event names no payment");
    }
    try {
      return gateway.fetchPayment(paymentId);
    } catch (PaymentGatewayException e) {
      if (e.refusedRequest()) {
        throw new UnknownPaymentException("The gateway knows no payment " + paymentId);
      }
      throw e;
    }
  }

  private String captured(GatewayPayment payment) {
    PaymentIntent intent = payments.findIntentByGatewayOrder(payment.gatewayOrderId());
    if (intent == null) {
      return "no order for gateway order " + payment.gatewayOrderId();
    }
    if (!payment.captured()) {
      return "payment " + payment.id() + " is " + payment.status();
    }
    if (payment.amount().compareTo(intent.amount()) != 0
        || !intent.currency().equals(payment.currency())) {
      payments.recordCapture(
          intent.orderId(), payment.id(), PaymentStatus.AMOUNT_MISMATCH, clock.instant());
      events.publishEvent(new OrderChanged(intent.orderId()));
      return "captured " + payment.amount() + " but the order costs " + intent.amount();
    }
    Order order = orders.order(intent.orderId());
    if (order.status() == OrderStatus.CANCELLED) {
      return lateCaptures.refund(order, payment, "the order was cancelled");
    }
    if (payment.id().equals(intent.paymentId())) {
      return "already held in escrow";
    }
    if (payments.recordCapture(
            intent.orderId(), payment.id(), PaymentStatus.CAPTURED, clock.instant())
        == 0) {
      return lateCaptures.refund(order, payment, "the order was already paid");
    }
    ledger.hold(intent.orderId(), payment.amount(), holdKey(intent.orderId()));
    events.publishEvent(
        new MoneyEvent(intent.orderId(), MoneyEvent.Kind.PAYMENT_HELD, payment.amount()));
    notices.paymentHeld(intent.orderId());
    return "held in escrow";
  }

  public PaymentIntent intent(long orderId) {
    return payments.findIntent(orderId);
  }
}
