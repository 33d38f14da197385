package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.process.EscrowFundingProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Creates the gateway order the buyer pays; safe to repeat (the key is stored first). */
@Component
public class RequestPaymentWorker {
  private final PaymentService payments;
  private final OrderDurationService durations;

  RequestPaymentWorker(PaymentService payments, OrderDurationService durations) {
    this.payments = payments;
    this.durations = durations;
  }

  @JobWorker(type = EscrowFundingProcess.JOB_REQUEST_PAYMENT, fetchVariables = "orderId")
  public Map<String, Object> requestPayment(@Variable(name = "orderId") long orderId) {
    // The gateway order is kept with the order, not the process; a repeat finds the same one.
    PaymentIntent intent = payments.startPayment(orderId);
    // Escrow funding reads its own window here, at its first step; it runs from the recorded start.
    return Map.of(
        EscrowFundingProcess.VARIABLE_PAYMENT_WINDOW,
        durations.of(orderId).iso(Deadline.PAYMENT),
        EscrowFundingProcess.VARIABLE_PAYMENT_REQUESTED_AT,
        intent.createdAt().toString());
  }
}
