package io.mandi.process.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes messages with a message id, so that a retried publish is refused by the engine while
 * the first one lives; that refusal (ALREADY_EXISTS) means the message is already there.
 */
@Component
public class IdempotentMessages {
  private final CamundaClient client;

  IdempotentMessages(CamundaClient client) {
    this.client = client;
  }

  /** How long an order's event waits for a process that is not listening yet. */
  public static final Duration ORDER_EVENT_TIME_TO_LIVE = Duration.ofDays(2);

  /**
   * Publishes an order's message once: correlated by the order id, with {@code <name>-<orderId>} as
   * its message id, so a repeated publish for the same order is the same message.
   */
  public void publishForOrder(
      String name, long orderId, Duration timeToLive, Map<String, Object> variables) {
    publish(name, String.valueOf(orderId), name + "-" + orderId, timeToLive, variables);
  }

  public void publish(
      String name,
      String correlationKey,
      String messageId,
      Duration timeToLive,
      Map<String, Object> variables) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(name)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .timeToLive(timeToLive)
          .variables(variables)
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
