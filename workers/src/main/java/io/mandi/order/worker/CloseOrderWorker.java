package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderClosingService;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/** Closes the order as COMPLETED or REFUNDED, by how its escrow was settled. */
@Component
public class CloseOrderWorker {
  private final OrderClosingService closing;

  CloseOrderWorker(OrderClosingService closing) {
    this.closing = closing;
  }

  @JobWorker(type = OrderLifecycleProcess.JOB_CLOSE, fetchVariables = Variables.ORDER_ID)
  public void close(@Variable(name = Variables.ORDER_ID) long orderId) {
    closing.close(orderId);
  }
}
