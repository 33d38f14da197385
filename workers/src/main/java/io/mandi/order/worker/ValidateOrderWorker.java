package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.order.OrderValidationService;
import io.mandi.order.Violation;
import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import io.mandi.settings.MandiSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks the order against the rules and, if it passes, gives the seller its time to decide. */
@Component
public class ValidateOrderWorker {
  private final OrderValidationService validation;
  private final Duration acceptanceSla;

  ValidateOrderWorker(OrderValidationService validation, MandiSettings settings) {
    this.validation = validation;
    this.acceptanceSla = settings.order().sellerAcceptanceSla();
  }

  @JobWorker(type = OrderAcceptanceProcess.JOB_VALIDATE, fetchVariables = Variables.ORDER_ID)
  public Map<String, Object> validate(@Variable(name = Variables.ORDER_ID) long orderId) {
    List<Violation> violations = validation.validate(orderId);
    if (!violations.isEmpty()) {
      String reason =
          violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
      return Map.of(Variables.VALID, false, Variables.REJECTION_REASON, reason);
    }
    return Map.of(Variables.VALID, true, Variables.ACCEPTANCE_SLA, acceptanceSla.toString());
  }
}
