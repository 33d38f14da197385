package io.mandi.payment;

import io.mandi.ledger.LedgerService;
import io.mandi.order.Order;
import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A payment captured for an order that is cancelled or already paid goes straight back to the
 * buyer: recorded once by the payment id, one ledger transaction, and the gateway refund sent
 * through the outbox after commit with a key of its own.
 */
@Component
class LateCaptureRefunds implements OutboxHandler {
  static final String REFUND = "payment.late-capture-refund";

  private final PaymentMapper payments;
  private final LedgerService ledger;
  private final Outbox outbox;
  private final PaymentGateway gateway;
  private final Clock clock;

  LateCaptureRefunds(
      PaymentMapper payments,
      LedgerService ledger,
      Outbox outbox,
      PaymentGateway gateway,
      Clock clock) {
    this.payments = payments;
    this.ledger = ledger;
    this.outbox = outbox;
    this.gateway = gateway;
    this.clock = clock;
  }

  static String refundKey(String paymentId) {
    return "late-capture-refund-" + paymentId;
  }

  /** Runs in the webhook's transaction; returns what the inbox records as the outcome. */
  String refund(Order order, GatewayPayment payment, String why) {
    String key = refundKey(payment.id());
    if (payments.insertLateCapture(
            payment.id(), order.id(), payment.amount(), key, why, clock.instant())
        == 0) {
      return "late capture " + payment.id() + " already refunded";
    }
    ledger.lateCaptureRefund(order.id(), order.buyerId(), payment.amount(), key);
    outbox.add(
        REFUND,
        key,
        Map.of("paymentId", payment.id(), "amount", payment.amount().toPlainString(), "key", key));
    return "captured after " + why + ": refunding " + payment.amount();
  }

  @Override
  public Set<String> kinds() {
    return Set.of(REFUND);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    gateway.refund(
        (String) payload.get("paymentId"),
        new BigDecimal((String) payload.get("amount")),
        (String) payload.get("key"));
  }
}
