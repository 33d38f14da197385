package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.order.OrderValidationService;
import io.mandi.order.Violation;
import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks the order against the rules and, if it passes, gives the seller its time to decide (from
 * the durations rules).
 */
@Component
public class ValidateOrderWorker {
  private final OrderValidationService validation;
  private final OrderDurationService durations;

  ValidateOrderWorker(OrderValidationService validation, OrderDurationService durations) {
    this.validation = validation;
    this.durations = durations;
  }

  @JobWorker(type = OrderAcceptanceProcess.JOB_VALIDATE, fetchVariables = Variables.ORDER_ID)
  public Map<String, Object> validate(@Variable(name = Variables.ORDER_ID) long orderId) {
    List<Violation> violations = validation.validate(orderId);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
      return Map.of(Variables.VALID, false, Variables.REJECTION_REASON, reason);
    }
    // The order's durations are decided here, at its first check, and kept for the whole order.
    return Map.of(
        Variables.VALID,
        true,
        Variables.ACCEPTANCE_SLA,
        durations.of(orderId).iso(Deadline.SELLER_ACCEPTANCE));
  }
}
