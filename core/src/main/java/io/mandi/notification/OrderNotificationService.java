package io.mandi.notification;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.money.IndianFormat;
import io.mandi.order.Order;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import java.math.BigDecimal;
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
  private final OrderDurationService durations;

  OrderNotificationService(
      OrderStatusService orders,
      AccountService accounts,
      CatalogService catalog,
      NotificationMapper notifications,
      Notifier notifier,
      Clock clock,
      OrderDurationService durations) {
    this.durations = durations;
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
            "₹" + order.totalAmount().toPlainString()),
        Notice.Audience.BUYER,
        order.sellerName() + " accepted order #" + order.id() + ": pay into escrow to start it.");
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
        List.of(buyer.name(), String.valueOf(order.id()), courier, awb),
        Notice.Audience.BUYER,
        "Order #" + order.id() + " is on its way with " + courier + ", AWB " + awb + ".");
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
        List.of(seller.name(), String.valueOf(order.id()), order.buyerName()),
        Notice.Audience.SELLER,
        order.buyerName() + " disputed order #" + order.id() + ": answer it in your task inbox.");
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
        List.of(String.valueOf(orderId), why.length() > 200 ? why.substring(0, 200) : why),
        Notice.Audience.OPS,
        "Recovery could not fix order #" + orderId + ": " + why);
  }

  /** Sends a notice about an order to the party it concerns, once per key. */
  NotificationStatus notify(long orderId, Notice notice, BigDecimal amount, String key) {
    Order order = orders.order(orderId);
    boolean toBuyer = notice.audience() == Notice.Audience.BUYER;
    String name = toBuyer ? order.buyerName() : order.sellerName();
    String phone =
        toBuyer
            ? accounts.buyer(order.buyerId()).phone()
            : catalog.seller(order.sellerId()).phone();
    String summary = summary(order, notice, amount);
    return send(
        orderId,
        key,
        phone,
        notice.template(),
        List.of(name, String.valueOf(orderId), summary),
        notice.audience(),
        summary);
  }

  private String summary(Order order, Notice notice, BigDecimal amount) {
    String id = "#" + order.id();
    return switch (notice) {
      case NEW_ORDER ->
          "New order "
              + id
              + " from "
              + order.buyerName()
              + " for "
              + rupees(order.totalAmount())
              + ": accept or refuse it in your task inbox.";
      case CREDIT_HOLD ->
          "Order "
              + id
              + " is above your available credit: Mandi's team reviews it before the seller is"
              + " asked.";
      case PAYMENT_RECEIVED ->
          "We received " + rupees(amount) + " for order " + id + "; it is held in escrow.";
      case ORDER_PAID ->
          "Order " + id + " is paid (" + rupees(amount) + " held in escrow): pack and ship it.";
      case ORDER_DELIVERED ->
          "Order "
              + id
              + " was delivered. Check the goods: confirm receipt or raise a dispute by "
              + IndianFormat.time(
                  orders
                      .enteredAt(order.id(), OrderStatus.DELIVERED)
                      .plus(durations.of(order.id()).of(Deadline.INSPECTION)))
              + "; then the seller is paid.";
      case REFUND_OFFERED ->
          "The seller offers "
              + rupees(amount)
              + " back on order "
              + id
              + ": accept it or let Mandi decide, on the order's page.";
      case DISPUTE_DECIDED_BUYER, DISPUTE_DECIDED_SELLER ->
          amount == null || amount.signum() == 0
              ? "The dispute on order " + id + " is decided: the payment goes to the seller."
              : "The dispute on order "
                  + id
                  + " is decided: "
                  + rupees(amount)
                  + " goes back to the buyer, the rest to the seller.";
      case CANCELLED_BUYER -> "Order " + id + " is cancelled; anything you paid is refunded.";
      case CANCELLED_SELLER -> "Order " + id + " is cancelled: do not ship it.";
      case VENDOR_CHANGED ->
          "Order " + id + " is now with " + order.sellerName() + ", at the same price.";
    };
  }

  private static String rupees(BigDecimal amount) {
    return IndianFormat.rupees(amount);
  }

  /** A buyer's or a seller's own messages, newest first; operations see everyone's. */
  public List<Notification> messagesFor(Actor actor, String recipient, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new IllegalArgumentException("A page holds 1 to 500 messages");
    }
    return switch (actor.role()) {
      case BUYER -> notifications.findForParty("BUYER", actor.buyerId(), offset, limit);
      case SELLER -> notifications.findForParty("SELLER", actor.sellerId(), offset, limit);
      case OPS ->
          notifications.findAll(
              recipient == null || recipient.isBlank() ? null : recipient.strip(), offset, limit);
      case ADMIN -> List.of();
    };
  }

  private NotificationStatus send(
      long orderId,
      String key,
      String phone,
      String template,
      List<String> parameters,
      Notice.Audience audience,
      String summary) {
    notifications.insertIfAbsent(
        key,
        orderId,
        CHANNEL_WHATSAPP,
        phone,
        template,
        String.join("|", parameters),
        clock.instant(),
        audience.name(),
        summary);
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
