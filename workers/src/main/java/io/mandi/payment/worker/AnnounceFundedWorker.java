package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.payment.process.EscrowProcess;
import io.mandi.process.worker.IdempotentMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the order's lifecycle its money is held, so the seller is asked to ship. */
@Component
public class AnnounceFundedWorker {
  private final IdempotentMessages messages;

  AnnounceFundedWorker(IdempotentMessages messages) {
    this.messages = messages;
  }

  @JobWorker(type = EscrowProcess.JOB_ANNOUNCE_FUNDED, fetchVariables = "orderId")
  public void announce(@Variable(name = "orderId") long orderId) {
    messages.publishForOrder(
        OrderLifecycleProcess.MESSAGE_ORDER_FUNDED,
        orderId,
        IdempotentMessages.ORDER_EVENT_TIME_TO_LIVE,
        Map.of());
  }
}
