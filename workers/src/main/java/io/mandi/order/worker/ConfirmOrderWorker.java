package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.mandi.order.OrderStatusService;
import io.mandi.order.StockUnavailableException;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reserves stock and confirms; running out of stock is a business outcome, not a failure. */
@Component
public class ConfirmOrderWorker {
  private final OrderStatusService statuses;

  ConfirmOrderWorker(OrderStatusService statuses) {
    this.statuses = statuses;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_CONFIRM,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY})
  public void confirm(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy) {
    try {
      statuses.confirm(orderId, decidedBy);
    } catch (StockUnavailableException e) {
      throw CamundaError.bpmnError(
          OrderLifecycleProcess.ERROR_STOCK_UNAVAILABLE,
          e.getMessage(),
          Map.of(Variables.REJECTION_REASON, e.getMessage()));
    }
  }
}
