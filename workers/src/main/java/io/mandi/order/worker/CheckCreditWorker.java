package io.mandi.order.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.credit.CreditCheckService;
import io.mandi.credit.CreditDecision;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.order.process.OrderAcceptanceProcess;
import io.mandi.order.process.OrderLifecycleProcess.Variables;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Asks the credit rules; over the limit, operations get a task with this deadline. */
@Component
public class CheckCreditWorker {
  private final CreditCheckService credit;
  private final OrderDurationService durations;

  CheckCreditWorker(CreditCheckService credit, OrderDurationService durations) {
    this.credit = credit;
    this.durations = durations;
  }

  @JobWorker(type = OrderAcceptanceProcess.JOB_CHECK_CREDIT, fetchVariables = Variables.ORDER_ID)
  public Map<String, Object> check(@Variable(name = Variables.ORDER_ID) long orderId) {
    CreditDecision decision = credit.check(orderId);
    return Map.of(
        Variables.CREDIT_APPROVED, decision.approved(),
        Variables.CREDIT_APPROVAL_SLA, durations.of(orderId).iso(Deadline.CREDIT_APPROVAL));
  }
}
