package io.mandi.order.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.mandi.account.Actor;
import io.mandi.order.Order;
import io.mandi.order.OrderProcessGateway;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts order-lifecycle by publishing the order-placed message with the order id as message id:
 * the engine refuses a second message with the same id, so a retried placement never starts a
 * second instance.
 */
@Component
class CamundaOrderProcessGateway implements OrderProcessGateway {
  /** How long the engine remembers the message id, and so how long duplicates are caught. */
  static final Duration DEDUPLICATION_WINDOW = Duration.ofDays(1);

  private final CamundaClient client;

  CamundaOrderProcessGateway(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void cancellationRequested(long orderId, String by, String reason) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(OrderLifecycleProcess.MESSAGE_CANCEL_REQUESTED)
          .correlationKey(String.valueOf(orderId))
          .messageId("order-cancel-requested-" + orderId)
          .timeToLive(Duration.ofMinutes(10))
          .variables(Map.of(Variables.CANCELLED_BY, by, Variables.CANCEL_REASON, reason))
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }

  @Override
  public void orderPlaced(Order order) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(OrderLifecycleProcess.MESSAGE_ORDER_PLACED)
          .correlationKey(String.valueOf(order.id()))
          .messageId("order-placed-" + order.id())
          .timeToLive(DEDUPLICATION_WINDOW)
          .variables(
              Map.of(
                  Variables.ORDER_ID,
                  order.id(),
                  "buyerId",
                  order.buyerId(),
                  "sellerId",
                  order.sellerId(),
                  Variables.SELLER_GROUP,
                  Actor.sellerGroup(order.sellerId())))
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
