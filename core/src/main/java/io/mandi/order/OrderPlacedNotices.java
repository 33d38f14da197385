package io.mandi.order;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import io.mandi.task.EngineRun;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Starts each placed order's process through the outbox: the start is recorded with the order, so a
 * checkout during an engine outage or a crash after commit still starts it once (the engine refuses
 * a second start message with the same id).
 */
@Component
class OrderPlacedNotices implements OutboxHandler {
  static final String PLACED = "order.placed";

  private final Outbox outbox;
  private final OrderMapper orders;
  private final OrderProcessGateway process;
  private final OrderStatusService statuses;
  private final EngineRun currentRun;

  OrderPlacedNotices(
      Outbox outbox,
      OrderMapper orders,
      OrderProcessGateway process,
      OrderStatusService statuses,
      EngineRun currentRun) {
    this.outbox = outbox;
    this.orders = orders;
    this.process = process;
    this.statuses = statuses;
    this.currentRun = currentRun;
  }

  void placed(long orderId) {
    outbox.add(PLACED, PLACED + "-" + orderId, Map.of("orderId", orderId));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(PLACED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    long orderId = ((Number) payload.get("orderId")).longValue();
    Order order = orders.findOrder(orderId);
    if (order == null) {
      throw new OrderNotFoundException(orderId);
    }
    process.orderPlaced(order);
    statuses.startedIn(orderId, currentRun);
  }
}
