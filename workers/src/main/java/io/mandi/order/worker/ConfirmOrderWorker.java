package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.order.OrderStatusService;
import io.mandi.order.StockUnavailableException;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reserves stock and confirms, and gives the buyer its time to pay; running out of stock is a
 * business outcome, not a failure.
 */
@Component
public class ConfirmOrderWorker {
  private final OrderStatusService statuses;
  private final Duration paymentWindow;

  ConfirmOrderWorker(
      OrderStatusService statuses,
      @Value("${mandi.escrow.payment-window:PT48H}") Duration paymentWindow) {
    this.statuses = statuses;
    this.paymentWindow = paymentWindow;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_CONFIRM,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY})
  public Map<String, Object> confirm(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy) {
    try {
      statuses.confirm(orderId, decidedBy);
      return Map.of(EscrowProcess.VARIABLE_PAYMENT_WINDOW, paymentWindow.toString());
    } catch (StockUnavailableException e) {
      throw CamundaError.bpmnError(
          OrderLifecycleProcess.ERROR_STOCK_UNAVAILABLE,
          e.getMessage(),
          Map.of(Variables.REJECTION_REASON, e.getMessage()));
    }
  }
}
