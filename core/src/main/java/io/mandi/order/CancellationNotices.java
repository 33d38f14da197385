package io.mandi.order;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Asks the order's process to cancel, through the outbox, once the request is recorded. */
@Component
class CancellationNotices implements OutboxHandler {
  static final String REQUESTED = "order.cancellation-requested";

  private final Outbox outbox;
  private final OrderProcessGateway process;

  CancellationNotices(Outbox outbox, OrderProcessGateway process) {
    this.outbox = outbox;
    this.process = process;
  }

  /** One request per order and state: a repeat in the same state is the same request. */
  void requested(Order order, String by, String reason) {
    outbox.add(
        REQUESTED,
        REQUESTED + "-" + order.id() + "-" + order.status(),
        Map.of("orderId", order.id(), "by", by, "reason", reason));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(REQUESTED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    process.cancellationRequested(
        ((Number) payload.get("orderId")).longValue(),
        (String) payload.get("by"),
        (String) payload.get("reason"));
  }
}
