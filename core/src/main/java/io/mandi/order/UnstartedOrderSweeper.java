package io.mandi.order;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the process of orders that were saved but never handed to the engine (the engine was
 * unreachable at checkout, or the application stopped in between). Safe to repeat: the gateway is
 * idempotent per order.
 */
@Component
public class UnstartedOrderSweeper {
  static final Duration GRACE = Duration.ofSeconds(30);
  static final int BATCH = 100;
  private static final Logger log = LoggerFactory.getLogger(UnstartedOrderSweeper.class);

  private final OrderMapper orders;
  private final OrderProcessGateway process;
  private final Clock clock;

  UnstartedOrderSweeper(OrderMapper orders, OrderProcessGateway process, Clock clock) {
    this.orders = orders;
    this.process = process;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${mandi.order.unstarted-sweep-interval:PT30S}")
  public void sweepOnSchedule() {
    sweep();
  }

  /** Returns how many orders were started. */
  public int sweep() {
    int started = 0;
    for (Order order : orders.findOrdersWithoutProcess(clock.instant().minus(GRACE), BATCH)) {
      try {
        process.orderPlaced(order);
        orders.markProcessStarted(order.id());
        started++;
      } catch (RuntimeException e) {
        log.warn("Order {} still cannot be started: {}", order.id(), e.getMessage());
        break; // the engine is most likely still unreachable; try the rest next time
      }
    }
    return started;
  }
}
