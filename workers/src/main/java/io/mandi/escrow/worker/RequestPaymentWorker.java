package io.mandi.escrow.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Creates the gateway order the buyer pays; safe to repeat (the key is stored first). */
@Component
public class RequestPaymentWorker {
  private final PaymentService payments;
  private final PaymentGateway gateway;

  RequestPaymentWorker(PaymentService payments, PaymentGateway gateway) {
    this.payments = payments;
    this.gateway = gateway;
  }

  @JobWorker(type = EscrowProcess.JOB_REQUEST_PAYMENT, fetchVariables = "orderId")
  public Map<String, Object> requestPayment(@Variable(name = "orderId") long orderId) {
    PaymentIntent intent = payments.startPayment(orderId);
    return Map.of(
        "gatewayOrderId",
        intent.gatewayOrderId(),
        "checkoutUrl",
        gateway.checkoutUrl(intent.gatewayOrderId()));
  }
}
