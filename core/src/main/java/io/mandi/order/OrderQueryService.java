package io.mandi.order;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;

/** Orders as people see them: a buyer only its own, a seller only its own, ops and admins all. */
@Service
public class OrderQueryService {
  private final OrderMapper orders;

  OrderQueryService(OrderMapper orders) {
    this.orders = orders;
  }

  /** Operations see the most recent orders of everyone. */
  static final int OPS_CONSOLE_LIMIT = 500;

  public List<Order> ordersOf(Actor actor) {
    return switch (actor.role()) {
      case BUYER -> orders.findOrdersOfBuyer(actor.buyerId());
      case SELLER -> orders.findOrdersOfSeller(actor.sellerId());
      case OPS -> orders.findRecentOrders(OPS_CONSOLE_LIMIT);
      case ADMIN -> throw new NotAllowedException("Admins do not work orders");
    };
  }

  public List<OrderLine> lines(long orderId) {
    return orders.findLines(orderId);
  }

  /** What the buyer owes on orders still open, other than this one. */
  public BigDecimal openExposure(long buyerId, long exceptOrderId) {
    return orders.openExposure(buyerId, exceptOrderId);
  }

  public OrderDetails details(Actor actor, long orderId) {
    Order order = orders.findOrder(orderId);
    if (order == null || !maySee(actor, order)) {
      // The same answer for "missing" and "not yours": ids of others' orders are not confirmed.
      throw new OrderNotFoundException(orderId);
    }
    return new OrderDetails(order, orders.findLines(orderId), orders.findHistory(orderId));
  }

  private static boolean maySee(Actor actor, Order order) {
    return switch (actor.role()) {
      case BUYER -> actor.buyerId() == order.buyerId();
      case SELLER -> actor.sellerId() == order.sellerId();
      case OPS, ADMIN -> true;
    };
  }
}
