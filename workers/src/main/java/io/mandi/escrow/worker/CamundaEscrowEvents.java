package io.mandi.escrow.worker;

import io.mandi.escrow.process.EscrowProcess;
import io.mandi.payment.EscrowEvents;
import io.mandi.process.worker.IdempotentMessages;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes escrow events (payment held, receipt confirmed) to the order's escrow process. The time
 * to live lets a message wait if the process is not listening yet.
 */
@Component
class CamundaEscrowEvents implements EscrowEvents {
  private static final Duration TIME_TO_LIVE = Duration.ofDays(2);

  private final IdempotentMessages messages;

  CamundaEscrowEvents(IdempotentMessages messages) {
    this.messages = messages;
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
    messages.publish(
        message, String.valueOf(orderId), message + "-" + orderId, TIME_TO_LIVE, Map.of());
  }
}
