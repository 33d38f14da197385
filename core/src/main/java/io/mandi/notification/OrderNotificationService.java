package io.mandi.notification;

import io.mandi.account.AccountMapper;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.Role;
import io.mandi.order.Order;
import io.mandi.order.OrderMapper;
import io.mandi.order.OrderNotFoundException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells buyers about their orders. The notification row is stored before the provider is called, so
 * a repeated job never sends twice; a failed send is recorded and never fails the order.
 */
@Service
public class OrderNotificationService {
  public static final String TEMPLATE_ORDER_CONFIRMED = "order_confirmed";
  static final String CHANNEL_WHATSAPP = "WHATSAPP";
  private static final Logger log = LoggerFactory.getLogger(OrderNotificationService.class);

  private final OrderMapper orders;
  private final AccountMapper accounts;
  private final NotificationMapper notifications;
  private final Notifier notifier;
  private final Clock clock;

  public OrderNotificationService(
      OrderMapper orders,
      AccountMapper accounts,
      NotificationMapper notifications,
      Notifier notifier,
      Clock clock) {
    this.orders = orders;
    this.accounts = accounts;
    this.notifications = notifications;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** The messages sent about an order, for operations; others never see them. */
  public List<Notification> messagesOf(Actor actor, long orderId) {
    actor.require(Role.OPS);
    return notifications.findByOrder(orderId);
  }

  public static String orderConfirmedKey(long orderId) {
    return "order-confirmed:" + orderId;
  }

  public NotificationStatus notifyOrderConfirmed(long orderId) {
    Order order = orders.findOrder(orderId);
    if (order == null) {
      throw new OrderNotFoundException(orderId);
    }
    Buyer buyer = accounts.findBuyer(order.buyerId());
    List<String> parameters =
        List.of(
            buyer.name(),
            String.valueOf(order.id()),
            order.sellerName(),
            "₹" + order.totalAmount().toPlainString());
    String key = orderConfirmedKey(orderId);
    notifications.insertIfAbsent(
        key,
        orderId,
        CHANNEL_WHATSAPP,
        buyer.phone(),
        TEMPLATE_ORDER_CONFIRMED,
        String.join("|", parameters),
        clock.instant());
    Notification notification = notifications.findByDedupKey(key);
    if (notification.status() == NotificationStatus.SENT) {
      return NotificationStatus.SENT;
    }
    try {
      String messageId =
          notifier.send(
              new OutgoingMessage(buyer.phone(), TEMPLATE_ORDER_CONFIRMED, "en", parameters));
      notifications.markSent(notification.id(), messageId, clock.instant());
      return NotificationStatus.SENT;
    } catch (RuntimeException failed) {
      log.warn(
          "Order {} confirmed but the buyer could not be notified: {}",
          orderId,
          failed.getMessage());
      notifications.markFailed(
          notification.id(), String.valueOf(failed.getMessage()), clock.instant());
      return NotificationStatus.FAILED;
    }
  }
}
