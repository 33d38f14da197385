package io.mandi.payment.worker;

import io.mandi.payment.EscrowEvents;
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import io.mandi.process.worker.IdempotentMessages;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Publishes escrow events (payment held, receipt confirmed) to the order's escrow process. The time
 * to live lets a message wait if the process is not listening yet.
 */
@Component
class CamundaEscrowEvents implements EscrowEvents {
  private final IdempotentMessages messages;

  CamundaEscrowEvents(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void paymentHeld(long orderId) {
    messages.publishForOrder(
        EscrowFundingProcess.MESSAGE_PAYMENT_HELD,
        orderId,
        IdempotentMessages.ORDER_EVENT_TIME_TO_LIVE,
        Map.of());
  }

  @Override
  public void receiptConfirmed(long orderId) {
    messages.publishForOrder(
        EscrowSettlementProcess.MESSAGE_RECEIPT_CONFIRMED,
        orderId,
        IdempotentMessages.ORDER_EVENT_TIME_TO_LIVE,
        Map.of());
  }
}
