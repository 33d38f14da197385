package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.mandi.order.OrderStatusService;
import io.mandi.order.StockUnavailableException;
import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.settings.MandiSettings;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reserves stock and confirms, and sets the durations of what follows (payment, dispatch,
 * inspection, dispute) from configuration; running out of stock is a business outcome, not a
 * failure.
 */
@Component
public class ConfirmOrderWorker {
  private final OrderStatusService statuses;
  private final Map<String, Object> durations;

  ConfirmOrderWorker(OrderStatusService statuses, MandiSettings settings) {
    this.statuses = statuses;
    this.durations = Map.of(Variables.DISPATCH_SLA, settings.logistics().dispatchSla().toString());
  }

  @JobWorker(
      type = OrderAcceptanceProcess.JOB_CONFIRM,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY})
  public Map<String, Object> confirm(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy) {
    try {
      statuses.confirm(orderId, decidedBy);
      return durations;
    } catch (StockUnavailableException e) {
      throw CamundaError.bpmnError(
          OrderAcceptanceProcess.ERROR_STOCK_UNAVAILABLE,
          e.getMessage(),
          Map.of(Variables.REJECTION_REASON, e.getMessage()));
    }
  }
}
