package io.mandi.logistics;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells the order's process about delivery through the outbox, after the tracking commit. */
@Component
class ShipmentNotices implements OutboxHandler {
  static final String DELIVERED = "shipment.delivered";

  private final Outbox outbox;
  private final ShipmentEvents events;

  ShipmentNotices(Outbox outbox, ShipmentEvents events) {
    this.outbox = outbox;
    this.events = events;
  }

  void delivered(long orderId) {
    outbox.add(DELIVERED, DELIVERED + "-" + orderId, Map.of("orderId", orderId));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(DELIVERED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    events.delivered(((Number) payload.get("orderId")).longValue());
  }
}
