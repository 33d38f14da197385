package io.mandi.escrow.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.process.worker.IdempotentMessages;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tells the order's lifecycle its money is held, so the seller is asked to ship. */
@Component
public class AnnounceFundedWorker {
  private static final Duration TIME_TO_LIVE = Duration.ofDays(2);

  private final IdempotentMessages messages;

  AnnounceFundedWorker(IdempotentMessages messages) {
    this.messages = messages;
  }

  @JobWorker(type = EscrowProcess.JOB_ANNOUNCE_FUNDED, fetchVariables = "orderId")
  public void announce(@Variable(name = "orderId") long orderId) {
    messages.publish(
        OrderLifecycleProcess.MESSAGE_ORDER_FUNDED,
        String.valueOf(orderId),
        OrderLifecycleProcess.MESSAGE_ORDER_FUNDED + "-" + orderId,
        TIME_TO_LIVE,
        Map.of());
  }
}
