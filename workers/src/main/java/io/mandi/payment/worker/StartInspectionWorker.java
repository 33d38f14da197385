package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.durations.OrderDurations;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.process.EscrowSettlementProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Escrow settlement reads its own windows at its first step: the buyer's inspection period, the
 * negotiation window of a dispute, and operations' time to mediate, as the order's durations say.
 */
@Component
public class StartInspectionWorker {
  private final OrderDurationService durations;
  private final OrderStatusService statuses;

  StartInspectionWorker(OrderDurationService durations, OrderStatusService statuses) {
    this.durations = durations;
    this.statuses = statuses;
  }

  @JobWorker(type = EscrowSettlementProcess.JOB_START_INSPECTION, fetchVariables = "orderId")
  public Map<String, Object> windows(@Variable(name = "orderId") long orderId) {
    OrderDurations windows = durations.of(orderId);
    return Map.of(
        EscrowSettlementProcess.VARIABLE_DELIVERED_AT,
        statuses.enteredAt(orderId, OrderStatus.DELIVERED).toString(),
        EscrowSettlementProcess.VARIABLE_INSPECTION_PERIOD,
        windows.iso(Deadline.INSPECTION),
        EscrowSettlementProcess.VARIABLE_NEGOTIATION_WINDOW,
        windows.iso(Deadline.NEGOTIATION),
        EscrowSettlementProcess.VARIABLE_MEDIATION_SLA,
        windows.iso(Deadline.MEDIATION));
  }
}
