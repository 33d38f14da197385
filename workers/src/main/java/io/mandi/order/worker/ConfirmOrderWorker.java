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
 * Reserves stock and confirms, and sets the durations of what follows (payment, dispatch,
 * inspection, dispute) from configuration; running out of stock is a business outcome, not a
 * failure.
 */
@Component
public class ConfirmOrderWorker {
  private final OrderStatusService statuses;
  private final Map<String, Object> durations;

  ConfirmOrderWorker(
      OrderStatusService statuses,
      @Value("${mandi.escrow.payment-window:PT48H}") Duration paymentWindow,
      @Value("${mandi.escrow.inspection-period:P3D}") Duration inspectionPeriod,
      @Value("${mandi.escrow.negotiation-window:P2D}") Duration negotiationWindow,
      @Value("${mandi.escrow.mediation-sla:P2D}") Duration mediationSla,
      @Value("${mandi.logistics.dispatch-sla:P2D}") Duration dispatchSla) {
    this.statuses = statuses;
    this.durations =
        Map.of(
            EscrowProcess.VARIABLE_PAYMENT_WINDOW, paymentWindow.toString(),
            EscrowProcess.VARIABLE_INSPECTION_PERIOD, inspectionPeriod.toString(),
            EscrowProcess.VARIABLE_NEGOTIATION_WINDOW, negotiationWindow.toString(),
            EscrowProcess.VARIABLE_MEDIATION_SLA, mediationSla.toString(),
            Variables.DISPATCH_SLA, dispatchSla.toString());
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_CONFIRM,
      fetchVariables = {Variables.ORDER_ID, Variables.DECIDED_BY})
  public Map<String, Object> confirm(
      @Variable(name = Variables.ORDER_ID) long orderId,
      @Variable(name = Variables.DECIDED_BY) String decidedBy) {
    try {
      statuses.confirm(orderId, decidedBy);
      return durations;
    } catch (StockUnavailableException e) {
      throw CamundaError.bpmnError(
          OrderLifecycleProcess.ERROR_STOCK_UNAVAILABLE,
          e.getMessage(),
          Map.of(Variables.REJECTION_REASON, e.getMessage()));
    }
  }
}
