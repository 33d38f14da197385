package io.mandi.payment;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What escrow tells its process, through the outbox: written with the money movement, delivered to
 * {@link EscrowEvents} after commit. One entry per order and event.
 */
@Component
class EscrowNotices implements OutboxHandler {
  static final String PAYMENT_HELD = "escrow.payment-held";
  static final String RECEIPT_CONFIRMED = "escrow.receipt-confirmed";

  private final Outbox outbox;
  private final EscrowEvents events;

  EscrowNotices(Outbox outbox, EscrowEvents events) {
    this.outbox = outbox;
    this.events = events;
  }

  void paymentHeld(long orderId) {
    outbox.add(PAYMENT_HELD, PAYMENT_HELD + "-" + orderId, Map.of("orderId", orderId));
  }

  void receiptConfirmed(long orderId) {
    outbox.add(RECEIPT_CONFIRMED, RECEIPT_CONFIRMED + "-" + orderId, Map.of("orderId", orderId));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PAYMENT_HELD, RECEIPT_CONFIRMED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    long orderId = ((Number) payload.get("orderId")).longValue();
    if (PAYMENT_HELD.equals(kind)) {
      events.paymentHeld(orderId);
    } else {
      events.receiptConfirmed(orderId);
    }
  }
}
