package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.cancellation.OrderCompensation;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import org.springframework.stereotype.Component;

/** Undoes a cancelled order: refund, stock back, tasks closed; idempotent by the order's keys. */
@Component
public class CompensateCancellationWorker {
  private final OrderCompensation compensation;

  CompensateCancellationWorker(OrderCompensation compensation) {
    this.compensation = compensation;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_COMPENSATE_CANCELLATION,
      fetchVariables = {Variables.ORDER_ID, Variables.CANCELLED_BY, Variables.CANCEL_REASON})
  public void compensate(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.CANCELLED_BY) String cancelledBy,
      @Variable(name = Variables.CANCEL_REASON) String reason) {
    compensation.compensate(orderId, cancelledBy, reason);
  }
}
