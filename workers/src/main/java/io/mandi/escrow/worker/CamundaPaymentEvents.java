package io.mandi.escrow.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.payment.PaymentEvents;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Publishes payment-held for the order's escrow process. The message id makes it idempotent, and
 * the time to live lets it wait if the process is not listening yet.
 */
@Component
class CamundaPaymentEvents implements PaymentEvents {
  private final CamundaClient client;

  CamundaPaymentEvents(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void paymentHeld(long orderId) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(EscrowProcess.MESSAGE_PAYMENT_HELD)
          .correlationKey(String.valueOf(orderId))
          .messageId("payment-held-" + orderId)
          .timeToLive(Duration.ofDays(2))
          .send()
          .join();
    } catch (ClientStatusException e) {
      if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
