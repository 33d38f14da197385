package io.mandi.order;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may cancel an order and when; a request is recorded and the order's process told after
 * commit. Undoing what was done is {@code io.mandi.cancellation.OrderCompensation}'s job.
 */
@Service
public class CancellationService {
  static final int MAX_REASON = 500;

  /** A buyer may cancel until the order ships. */
  static final Set<OrderStatus> BUYER_CANCELLABLE =
      EnumSet.of(
          OrderStatus.PLACED,
          OrderStatus.AWAITING_CREDIT_APPROVAL,
          OrderStatus.AWAITING_ACCEPTANCE,
          OrderStatus.CONFIRMED);

  /** Operations may cancel at any time until the order is finished. */
  static final Set<OrderStatus> OPS_CANCELLABLE =
      EnumSet.of(
          OrderStatus.PLACED,
          OrderStatus.AWAITING_CREDIT_APPROVAL,
          OrderStatus.AWAITING_ACCEPTANCE,
          OrderStatus.CONFIRMED,
          OrderStatus.SHIPPED,
          OrderStatus.DELIVERED,
          OrderStatus.DISPUTED);

  private final OrderQueryService orders;
  private final OrderStatusService statuses;
  private final CancellationNotices notices;

  CancellationService(
      OrderQueryService orders, OrderStatusService statuses, CancellationNotices notices) {
    this.statuses = statuses;
    this.orders = orders;
    this.notices = notices;
  }

  public boolean mayCancel(Actor actor, Order order) {
    return switch (actor.role()) {
      case BUYER -> BUYER_CANCELLABLE.contains(order.status());
      case OPS -> OPS_CANCELLABLE.contains(order.status());
      default -> false;
    };
  }

  /** The buyer (its own orders) or operations ask to cancel; the order's process does the rest. */
  @Transactional
  public void requestCancellation(Actor actor, long orderId, String reason) {
    if (actor.role() != Role.BUYER && actor.role() != Role.OPS) {
      throw new NotAllowedException(actor.username() + " may not cancel orders");
    }
    Order order = orders.details(actor, orderId).order(); // a buyer sees only its own orders
    if (!mayCancel(actor, order)) {
      throw new IllegalStateException(
          "Order "
              + orderId
              + " is "
              + order.status()
              + (actor.role() == Role.BUYER && OPS_CANCELLABLE.contains(order.status())
                  ? "; once shipped, only operations can cancel it"
                  : " and can no longer be cancelled"));
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new IllegalArgumentException("Say why the order is cancelled");
    }
    if (why.length() > MAX_REASON || why.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
      throw new IllegalArgumentException(
          "The reason must be at most " + MAX_REASON + " characters, without control characters");
    }
    statuses.requireProcessNotLost(orderId); // else nothing would refund or cancel it
    notices.requested(order, actor.username(), why);
  }
}
