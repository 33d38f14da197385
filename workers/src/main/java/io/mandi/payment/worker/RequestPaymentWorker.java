package io.mandi.payment.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.process.EscrowProcess;
import io.mandi.settings.MandiSettings;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Creates the gateway order the buyer pays; safe to repeat (the key is stored first). */
@Component
public class RequestPaymentWorker {
  private final PaymentService payments;
  private final PaymentGateway gateway;
  private final MandiSettings.Escrow windows;

  RequestPaymentWorker(PaymentService payments, PaymentGateway gateway, MandiSettings settings) {
    this.payments = payments;
    this.gateway = gateway;
    this.windows = settings.escrow();
  }

  @JobWorker(type = EscrowProcess.JOB_REQUEST_PAYMENT, fetchVariables = "orderId")
  public Map<String, Object> requestPayment(@Variable(name = "orderId") long orderId) {
    PaymentIntent intent = payments.startPayment(orderId);
    // The escrow process reads its own windows here, at its first step.
    return Map.of(
        "gatewayOrderId",
        intent.gatewayOrderId(),
        "checkoutUrl",
        gateway.checkoutUrl(intent.gatewayOrderId()),
        EscrowProcess.VARIABLE_PAYMENT_WINDOW,
        windows.paymentWindow().toString(),
        EscrowProcess.VARIABLE_INSPECTION_PERIOD,
        windows.inspectionPeriod().toString(),
        EscrowProcess.VARIABLE_NEGOTIATION_WINDOW,
        windows.negotiationWindow().toString(),
        EscrowProcess.VARIABLE_MEDIATION_SLA,
        windows.mediationSla().toString());
  }
}
