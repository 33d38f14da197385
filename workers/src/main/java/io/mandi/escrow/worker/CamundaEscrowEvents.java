package io.mandi.escrow.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.mandi.escrow.process.EscrowProcess;
import io.mandi.payment.EscrowEvents;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Publishes escrow events (payment held, receipt confirmed) to the order's escrow process. The
 * message id makes it idempotent, and the time to live lets it wait if the process is not listening
 * yet.
 */
@Component
class CamundaEscrowEvents implements EscrowEvents {
  private final CamundaClient client;

  CamundaEscrowEvents(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void paymentHeld(long orderId) {
    publish(EscrowProcess.MESSAGE_PAYMENT_HELD, orderId);
  }

  @Override
  public void receiptConfirmed(long orderId) {
    publish(EscrowProcess.MESSAGE_RECEIPT_CONFIRMED, orderId);
  }

  private void publish(String message, long orderId) {
    try {
      client
          .newPublishMessageCommand()
          .messageName(message)
          .correlationKey(String.valueOf(orderId))
          .messageId(message + "-" + orderId)
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
