package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.process.EscrowSettlementProcess;
import io.mandi.settings.MandiSettings;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Escrow settlement reads its own windows at its first step: the buyer's inspection period, the
 * negotiation window of a dispute, and operations' time to mediate.
 */
@Component
public class StartInspectionWorker {
  private final MandiSettings.Escrow windows;
  private final OrderStatusService statuses;

  StartInspectionWorker(MandiSettings settings, OrderStatusService statuses) {
    this.windows = settings.escrow();
    this.statuses = statuses;
  }

  @JobWorker(type = EscrowSettlementProcess.JOB_START_INSPECTION, fetchVariables = "orderId")
  public Map<String, Object> windows(@Variable(name = "orderId") long orderId) {
    return Map.of(
        EscrowSettlementProcess.VARIABLE_DELIVERED_AT,
        statuses.enteredAt(orderId, OrderStatus.DELIVERED).toString(),
        EscrowSettlementProcess.VARIABLE_INSPECTION_PERIOD,
        windows.inspectionPeriod().toString(),
        EscrowSettlementProcess.VARIABLE_NEGOTIATION_WINDOW,
        windows.negotiationWindow().toString(),
        EscrowSettlementProcess.VARIABLE_MEDIATION_SLA,
        windows.mediationSla().toString());
  }
}
