package io.mandi.order;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Orders as people see them: a buyer only its own, a seller only its own, ops and admins all. */
@Service
public class OrderQueryService {
  private final OrderMapper orders;
  private final Clock clock;

  OrderQueryService(OrderMapper orders, Clock clock) {
    this.orders = orders;
    this.clock = clock;
  }

  /** A page of the orders the actor may see, meeting any of the search's filters. */
  public List<Order> search(Actor actor, OrderSearch search) {
    Scope scope = Scope.of(actor);
    return orders.searchOrders(
        scope.buyerId(),
        scope.sellerId(),
        params(search.anyOf()),
        search.sort().column(),
        search.descending(),
        search.offset(),
        search.limit());
  }

  /** How many orders the actor may see meet any of the filters (none given: all of them). */
  public long count(Actor actor, List<OrderFilter> anyOf) {
    Scope scope = Scope.of(actor);
    OrderSearch all = OrderSearch.newest(anyOf, 0, 1);
    return orders.countMatchingOrders(scope.buyerId(), scope.sellerId(), params(all.anyOf()));
  }

  private List<OrderSearchParams> params(List<OrderFilter> anyOf) {
    return anyOf.stream().map(filter -> new OrderSearchParams(filter, clock)).toList();
  }

  /** Whose orders an actor's lists hold: a buyer's, a seller's, or (operations) everyone's. */
  private record Scope(Long buyerId, Long sellerId) {
    static Scope of(Actor actor) {
      return switch (actor.role()) {
        case BUYER -> new Scope(actor.buyerId(), null);
        case SELLER -> new Scope(null, actor.sellerId());
        case OPS -> new Scope(null, null);
        case ADMIN -> throw new NotAllowedException("Admins do not work orders");
      };
    }
  }

  /** Where the order goes and the buyer's PO number (no access check: for services). */
  public Delivery delivery(long orderId) {
    return orders.findDelivery(orderId);
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
    return new OrderDetails(
        order,
        orders.findLines(orderId),
        orders.findHistory(orderId),
        orders.findDelivery(orderId));
  }

  private static boolean maySee(Actor actor, Order order) {
    return switch (actor.role()) {
      case BUYER -> actor.buyerId() == order.buyerId();
      case SELLER -> actor.sellerId() == order.sellerId();
      case OPS, ADMIN -> true;
    };
  }
}
