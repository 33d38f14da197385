package io.mandi.notification;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Sends notifications that follow a business change through the outbox, so the provider is called
 * only after the change commits and a crash in between does not lose the message.
 */
@Component
public class NotificationNotices implements OutboxHandler {
  static final String DISPUTE_OPENED = "notification.dispute-opened";

  private final Outbox outbox;
  private final OrderNotificationService notifications;

  private final OrderNotices orderNotices;

  NotificationNotices(
      Outbox outbox, OrderNotificationService notifications, OrderNotices orderNotices) {
    this.orderNotices = orderNotices;
    this.outbox = outbox;
    this.notifications = notifications;
  }

  /** A seller has an order to accept: told once per acceptance task, in the task's transaction. */
  public void newOrderToAccept(long orderId, long taskId) {
    orderNotices.tell(orderId, Notice.NEW_ORDER, null, ":" + taskId);
  }

  /** The seller's window to answer a dispute is short: it is told as soon as the task opens. */
  public void disputeOpened(long orderId) {
    outbox.add(
        DISPUTE_OPENED,
        OrderNotificationService.disputeOpenedKey(orderId),
        Map.of("orderId", orderId));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(DISPUTE_OPENED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    notifications.notifyDisputeOpened(((Number) payload.get("orderId")).longValue());
  }
}
