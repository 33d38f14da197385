package io.mandi.logistics.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderStatusService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.payment.process.EscrowProcess;
import io.mandi.process.worker.IdempotentMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Proof of delivery: the order is DELIVERED and its escrow starts the buyer's inspection period.
 */
@Component
public class RecordDeliveryWorker {
  private final OrderStatusService statuses;
  private final IdempotentMessages messages;

  RecordDeliveryWorker(OrderStatusService statuses, IdempotentMessages messages) {
    this.statuses = statuses;
    this.messages = messages;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_RECORD_DELIVERY,
      fetchVariables = OrderLifecycleProcess.Variables.ORDER_ID)
  public void delivered(@Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId) {
    statuses.deliver(orderId, "Courier confirmed delivery; the inspection period starts");
    messages.publishForOrder(
        EscrowProcess.MESSAGE_GOODS_DELIVERED,
        orderId,
        IdempotentMessages.ORDER_EVENT_TIME_TO_LIVE,
        Map.of());
  }
}
