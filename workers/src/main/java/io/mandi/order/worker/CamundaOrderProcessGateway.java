package io.mandi.order.worker;

import io.mandi.account.Actor;
import io.mandi.order.Order;
import io.mandi.order.OrderProcessGateway;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.process.worker.IdempotentMessages;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts order-lifecycle by publishing the order-placed message with the order id as message id:
 * the engine refuses a second message with the same id, so a retried placement never starts a
 * second instance. Cancellation requests reach the running instance the same way.
 */
@Component
class CamundaOrderProcessGateway implements OrderProcessGateway {
  /** How long the engine remembers the message id, and so how long duplicates are caught. */
  static final Duration DEDUPLICATION_WINDOW = Duration.ofDays(1);

  static final Duration CANCELLATION_TIME_TO_LIVE = Duration.ofMinutes(10);

  private final IdempotentMessages messages;

  CamundaOrderProcessGateway(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void orderPlaced(Order order) {
    messages.publishForOrder(
        OrderLifecycleProcess.MESSAGE_ORDER_PLACED,
        order.id(),
        DEDUPLICATION_WINDOW,
        Map.of(
            Variables.ORDER_ID,
            order.id(),
            "buyerId",
            order.buyerId(),
            "sellerId",
            order.sellerId(),
            Variables.SELLER_GROUP,
            Actor.sellerGroup(order.sellerId())));
  }

  @Override
  public void cancellationRequested(long orderId, String by, String reason) {
    messages.publishForOrder(
        OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED,
        orderId,
        CANCELLATION_TIME_TO_LIVE,
        Map.of(Variables.CANCELLED_BY, by, Variables.CANCEL_REASON, reason));
  }
}
