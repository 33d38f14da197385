package io.mandi.order;

import io.mandi.catalog.CatalogService;
import io.mandi.live.OrderChanged;
import io.mandi.live.OrderMoved;
import io.mandi.live.SellerChanged;
import io.mandi.task.EngineRun;
import io.mandi.task.ProcessUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves orders through their statuses for the process workers. Every move is idempotent: asking for
 * the status an order already has changes nothing, so a redelivered job is harmless.
 */
@Service
public class OrderStatusService {
  private final OrderMapper orders;
  private final CatalogService catalog;
  private final EngineRun currentRun;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  OrderStatusService(
      OrderMapper orders,
      CatalogService catalog,
      EngineRun currentRun,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.currentRun = currentRun;
    this.orders = orders;
    this.catalog = catalog;
    this.clock = clock;
  }

  public Order order(long orderId) {
    Order order = orders.findOrder(orderId);
    if (order == null) {
      throw new OrderNotFoundException(orderId);
    }
    return order;
  }

  /**
   * When the order last moved into the status, as recorded: windows that start there (the buyer's
   * inspection from DELIVERED) run from this instant, however often a process is re-created.
   */
  public Instant enteredAt(long orderId, OrderStatus status) {
    Instant at = orders.findEnteredAt(orderId, status);
    if (at == null) {
      throw new IllegalStateException("Order " + orderId + " has never been " + status);
    }
    return at;
  }

  /**
   * Hands the order to another seller (vendor assignment or re-sourcing): the order and each line
   * point at that seller's offers. Its status does not change here.
   */
  @Transactional
  public void assignSeller(long orderId, long sellerId) {
    long before = order(orderId).sellerId();
    orders.moveOrderToSeller(orderId, sellerId, clock.instant());
    if (before != sellerId) {
      events.publishEvent(new SellerChanged(orderId, before, sellerId));
    }
    orders.moveLinesToSeller(orderId, sellerId);
    events.publishEvent(new OrderChanged(orderId));
  }

  /** The order-lifecycle instance that drives the order, in the engine run that started it. */
  @Transactional
  public void recordProcessInstance(long orderId, long processInstanceKey) {
    orders.recordProcessInstance(orderId, processInstanceKey, currentRun.id());
  }

  /**
   * Refuses, changing nothing, an action that only the order's process can carry out when that
   * process was lost with an earlier run of the embedded engine.
   */
  public void requireLiveProcess(long orderId) {
    require(orderId, false);
  }

  /**
   * Like {@link #requireLiveProcess}, but an order whose process has not been started yet passes: a
   * message for it waits until the outbox starts it (a cancellation during an engine outage).
   */
  public void requireProcessNotLost(long orderId) {
    require(orderId, true);
  }

  /** The run whose engine the outbox just asked to start the order's process. */
  void startedIn(long orderId, EngineRun run) {
    orders.recordEngineRun(orderId, run.id());
  }

  private void require(long orderId, boolean startMayBePending) {
    String issuer = orders.findEngineRun(orderId);
    boolean live =
        issuer == null
            ? startMayBePending || currentRun.equals(EngineRun.CLUSTER)
            : currentRun.keepsWhatWasStartedBy(new EngineRun(issuer));
    if (!live) {
      throw new ProcessUnavailableException(
          "The workflow of order "
              + orderId
              + " stopped when the workflow engine restarted, so nothing was changed."
              + " Recovery restarts it where it was within minutes; please try again then.");
    }
  }

  @Transactional
  public boolean awaitAcceptance(long orderId, String by) {
    return move(orderId, OrderStatus.AWAITING_ACCEPTANCE, by, "Validated; waiting for the seller");
  }

  @Transactional
  public boolean awaitCreditApproval(long orderId, String reason) {
    return move(orderId, OrderStatus.AWAITING_CREDIT_APPROVAL, "system", reason);
  }

  @Transactional
  public boolean reject(long orderId, String by, String reason) {
    return move(orderId, OrderStatus.REJECTED, by, reason);
  }

  /** Reserves the stock of every line and confirms, all or nothing. */
  @Transactional
  public boolean confirm(long orderId, String by) {
    Order order = order(orderId);
    if (order.status() == OrderStatus.CONFIRMED) {
      return false;
    }
    for (OrderLine line : orders.findLines(orderId)) {
      if (!catalog.reserveStock(line.offerId(), line.quantity())) {
        throw new StockUnavailableException(orderId, line.productName());
      }
    }
    return move(orderId, OrderStatus.CONFIRMED, by, "Accepted by the seller; stock reserved");
  }

  /**
   * The vendor cannot ship a confirmed order: its reserved stock goes back and the order waits for
   * another vendor. Repeating it changes nothing.
   */
  @Transactional
  public boolean reopenForAnotherVendor(long orderId, String by, String reason) {
    Order order = order(orderId);
    if (order.status() != OrderStatus.CONFIRMED) {
      return false;
    }
    orders
        .findLines(orderId)
        .forEach(line -> catalog.releaseStock(line.offerId(), line.quantity()));
    return move(orderId, OrderStatus.AWAITING_ACCEPTANCE, by, reason);
  }

  @Transactional
  public boolean ship(long orderId, String by, String reason) {
    return move(orderId, OrderStatus.SHIPPED, by, reason);
  }

  @Transactional
  public boolean deliver(long orderId, String reason) {
    return move(orderId, OrderStatus.DELIVERED, "system", reason);
  }

  @Transactional
  public boolean dispute(long orderId, String by, String reason) {
    return move(orderId, OrderStatus.DISPUTED, by, reason);
  }

  @Transactional
  public boolean complete(long orderId, String by, String reason) {
    return move(orderId, OrderStatus.COMPLETED, by, reason);
  }

  @Transactional
  public boolean refunded(long orderId, String by, String reason) {
    return move(orderId, OrderStatus.REFUNDED, by, reason);
  }

  /**
   * Cancels the order and, if it was confirmed, gives its reserved stock back, all or nothing.
   * Repeating it changes nothing.
   */
  @Transactional
  public boolean cancel(long orderId, String by, String reason) {
    Order order = order(orderId);
    if (order.status() == OrderStatus.CANCELLED) {
      return false;
    }
    boolean moved = move(orderId, OrderStatus.CANCELLED, by, reason);
    if (order.status() == OrderStatus.CONFIRMED) {
      orders
          .findLines(orderId)
          .forEach(line -> catalog.releaseStock(line.offerId(), line.quantity()));
    }
    return moved;
  }

  private boolean move(long orderId, OrderStatus to, String by, String reason) {
    Order order = order(orderId);
    if (order.status() == to) {
      return false;
    }
    if (!order.status().next().contains(to)
        || orders.updateStatus(orderId, EnumSet.of(order.status()), to) == 0) {
      throw new IllegalOrderTransitionException(orderId, order.status(), to);
    }
    orders.insertStatusChange(
        new OrderStatusChange(orderId, order.status(), to, by, clock.instant(), reason));
    events.publishEvent(new OrderChanged(orderId));
    events.publishEvent(new OrderMoved(orderId, order.status().name(), to.name()));
    return true;
  }
}
