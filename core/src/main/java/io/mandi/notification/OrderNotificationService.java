package io.mandi.notification;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.order.Order;
import io.mandi.order.OrderStatusService;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells buyers and sellers about their orders (confirmed, shipped, disputed). The notification row
 * is stored before the provider is called, so a repeated job never sends twice; a failed send is
 * recorded and never fails the order.
 */
@Service
public class OrderNotificationService {
  public static final String TEMPLATE_ORDER_CONFIRMED = "order_confirmed";
  public static final String TEMPLATE_ORDER_SHIPPED = "order_shipped";
  public static final String TEMPLATE_DISPUTE_OPENED = "dispute_opened";
  public static final String TEMPLATE_RECOVERY_ESCALATED = "recovery_escalated";
  static final String CHANNEL_WHATSAPP = "WHATSAPP";
  private static final Logger log = LoggerFactory.getLogger(OrderNotificationService.class);

  private final OrderStatusService orders;
  private final AccountService accounts;
  private final CatalogService catalog;
  private final NotificationMapper notifications;
  private final Notifier notifier;
  private final Clock clock;

  OrderNotificationService(
      OrderStatusService orders,
      AccountService accounts,
      CatalogService catalog,
      NotificationMapper notifications,
      Notifier notifier,
      Clock clock) {
    this.orders = orders;
    this.accounts = accounts;
    this.catalog = catalog;
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

  public static String orderShippedKey(long orderId) {
    return "order-shipped:" + orderId;
  }

  public static String disputeOpenedKey(long orderId) {
    return "dispute-opened:" + orderId;
  }

  public NotificationStatus notifyOrderConfirmed(long orderId) {
    Order order = orders.order(orderId);
    Buyer buyer = accounts.buyer(order.buyerId());
    return send(
        orderId,
        orderConfirmedKey(orderId),
        buyer.phone(),
        TEMPLATE_ORDER_CONFIRMED,
        List.of(
            buyer.name(),
            String.valueOf(order.id()),
            order.sellerName(),
            "₹" + order.totalAmount().toPlainString()));
  }

  /** Tells the buyer its order is on the way, with the courier and the AWB to track it. */
  public NotificationStatus notifyOrderShipped(long orderId, String courier, String awb) {
    Order order = orders.order(orderId);
    Buyer buyer = accounts.buyer(order.buyerId());
    return send(
        orderId,
        orderShippedKey(orderId),
        buyer.phone(),
        TEMPLATE_ORDER_SHIPPED,
        List.of(buyer.name(), String.valueOf(order.id()), courier, awb));
  }

  /** Tells the seller a buyer disputed its delivery, so it answers within the window. */
  public NotificationStatus notifyDisputeOpened(long orderId) {
    Order order = orders.order(orderId);
    Seller seller = catalog.seller(order.sellerId());
    return send(
        orderId,
        disputeOpenedKey(orderId),
        seller.phone(),
        TEMPLATE_DISPUTE_OPENED,
        List.of(seller.name(), String.valueOf(order.id()), order.buyerName()));
  }

  /**
   * Tells operations' duty phone that recovery could not fix an order and a task waits for them;
   * once per case.
   */
  public NotificationStatus notifyRecoveryEscalated(
      long orderId, long caseId, String opsPhone, String why) {
    return send(
        orderId,
        "recovery-escalated:" + caseId,
        opsPhone,
        TEMPLATE_RECOVERY_ESCALATED,
        List.of(String.valueOf(orderId), why.length() > 200 ? why.substring(0, 200) : why));
  }

  private NotificationStatus send(
      long orderId, String key, String phone, String template, List<String> parameters) {
    notifications.insertIfAbsent(
        key,
        orderId,
        CHANNEL_WHATSAPP,
        phone,
        template,
        String.join("|", parameters),
        clock.instant());
    Notification notification = notifications.findByDedupKey(key);
    if (notification.status() == NotificationStatus.SENT) {
      return NotificationStatus.SENT;
    }
    try {
      String messageId = notifier.send(new OutgoingMessage(phone, template, "en", parameters));
      notifications.markSent(notification.id(), messageId, clock.instant());
      return NotificationStatus.SENT;
    } catch (RuntimeException failed) {
      log.warn("Order {}: {} could not be sent: {}", orderId, template, failed.getMessage());
      notifications.markFailed(
          notification.id(), String.valueOf(failed.getMessage()), clock.instant());
      return NotificationStatus.FAILED;
    }
  }
}
