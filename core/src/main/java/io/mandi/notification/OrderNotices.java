package io.mandi.notification;

import io.mandi.live.MoneyEvent;
import io.mandi.live.OrderMoved;
import io.mandi.live.SellerChanged;
import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happened to an order into notices for its parties: written to the outbox in the same
 * transaction as the change (commit, then tell), sent after commit, once each by its key.
 */
@Component
class OrderNotices implements OutboxHandler {
  static final String KIND = "notification.order-notice";

  private final Outbox outbox;
  private final OrderNotificationService notifications;

  OrderNotices(Outbox outbox, OrderNotificationService notifications) {
    this.outbox = outbox;
    this.notifications = notifications;
  }

  @EventListener
  void moved(OrderMoved moved) {
    switch (moved.to()) {
      case "AWAITING_CREDIT_APPROVAL" -> tell(moved.orderId(), Notice.CREDIT_HOLD, null, "");
      case "DELIVERED" -> tell(moved.orderId(), Notice.ORDER_DELIVERED, null, "");
      case "CANCELLED" -> {
        tell(moved.orderId(), Notice.CANCELLED_BUYER, null, "");
        tell(moved.orderId(), Notice.CANCELLED_SELLER, null, "");
      }
      default -> {}
    }
  }

  @EventListener
  void money(MoneyEvent event) {
    switch (event.kind()) {
      case PAYMENT_HELD -> {
        tell(event.orderId(), Notice.PAYMENT_RECEIVED, event.amount(), "");
        tell(event.orderId(), Notice.ORDER_PAID, event.amount(), "");
      }
      case REFUND_OFFERED -> tell(event.orderId(), Notice.REFUND_OFFERED, event.amount(), "");
      case DISPUTE_DECIDED -> {
        tell(event.orderId(), Notice.DISPUTE_DECIDED_BUYER, event.amount(), "");
        tell(event.orderId(), Notice.DISPUTE_DECIDED_SELLER, event.amount(), "");
      }
    }
  }

  /**
   * The buyer hears of the new vendor; the vendor itself is told when its acceptance task opens
   * ({@link NotificationNotices#newOrderToAccept}).
   */
  @EventListener
  void sellerChanged(SellerChanged changed) {
    tell(changed.orderId(), Notice.VENDOR_CHANGED, null, ":" + changed.toSellerId());
  }

  void tell(long orderId, Notice notice, BigDecimal amount, String keySuffix) {
    String key = "notice:" + notice.name().toLowerCase() + ":" + orderId + keySuffix;
    Map<String, Object> payload = new HashMap<>();
    payload.put("orderId", orderId);
    payload.put("notice", notice.name());
    payload.put("key", key); // the message is sent once under the same key
    if (amount != null) {
      payload.put("amount", amount.toPlainString());
    }
    outbox.add(KIND, key, payload);
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    Object amount = payload.get("amount");
    notifications.notify(
        ((Number) payload.get("orderId")).longValue(),
        Notice.valueOf((String) payload.get("notice")),
        amount == null ? null : new BigDecimal(amount.toString()),
        (String) payload.get("key"));
  }
}
