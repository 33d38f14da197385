package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.StockUnavailableException;
import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reserves stock and confirms, and sets the durations of what follows (payment, dispatch,
 * inspection, dispute) from the order's durations; running out of stock is a business outcome, not
 * a failure.
 */
@Component
public class ConfirmOrderWorker {
  private final OrderStatusService statuses;
  private final OrderDurationService durations;

  ConfirmOrderWorker(OrderStatusService statuses, OrderDurationService durations) {
    this.statuses = statuses;
    this.durations = durations;
  }

  @JobWorker(
      type = OrderAcceptanceProcess.JOB_CONFIRM,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY})
  public Map<String, Object> confirm(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy) {
    try {
      statuses.confirm(orderId, decidedBy);
      return Map.of(Variables.DISPATCH_SLA, durations.of(orderId).iso(Deadline.DISPATCH));
    } catch (StockUnavailableException e) {
      throw CamundaError.bpmnError(
          OrderAcceptanceProcess.ERROR_STOCK_UNAVAILABLE,
          e.getMessage(),
          Map.of(Variables.REJECTION_REASON, e.getMessage()));
    }
  }
}
