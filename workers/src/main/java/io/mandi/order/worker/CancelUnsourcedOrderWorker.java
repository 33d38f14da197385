package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderProcessGateway;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/**
 * No other vendor could take a paid order: it is cancelled through the same path as any
 * cancellation, which refunds the buyer. The message is idempotent per order.
 */
@Component
public class CancelUnsourcedOrderWorker {
  private final OrderProcessGateway process;

  CancelUnsourcedOrderWorker(OrderProcessGateway process) {
    this.process = process;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_CANCEL_UNSOURCED,
      fetchVariables = {Variables.ORDER_ID, Variables.REJECTION_REASON})
  public void cancel(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.REJECTION_REASON) String reason) {
    process.cancellationRequested(
        orderId,
        "system",
        reason == null || reason.isBlank() ? "No other vendor could take the order" : reason);
  }
}
