package io.mandi.process.worker;

import io.mandi.dispute.DisputeEvents;
import io.mandi.logistics.ShipmentEvents;
import io.mandi.order.process.OrderLifecycleProcess;
import io.mandi.payment.process.EscrowSettlementProcess;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Tells an order's processes about its shipment and dispute. Each message has a fixed id per order,
 * so a repeated webhook or click publishes it once; the time to live lets it wait for a process
 * that is not listening yet.
 */
@Component
class CamundaProcessEvents implements ShipmentEvents, DisputeEvents {
  private final IdempotentMessages messages;

  CamundaProcessEvents(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void delivered(long orderId) {
    publish(OrderLifecycleProcess.MESSAGE_SHIPMENT_DELIVERED, orderId, Map.of());
  }

  @Override
  public void disputeOpened(long orderId, Instant openedAt) {
    publish(
        EscrowSettlementProcess.MESSAGE_DISPUTE_OPENED,
        orderId,
        Map.of(EscrowSettlementProcess.VARIABLE_DISPUTE_OPENED_AT, openedAt.toString()));
  }

  @Override
  public void offerAnswered(long orderId, boolean accepted) {
    publish(
        EscrowSettlementProcess.MESSAGE_OFFER_ANSWERED,
        orderId,
        Map.of(EscrowSettlementProcess.VARIABLE_OFFER_ACCEPTED, accepted));
  }

  private void publish(String message, long orderId, Map<String, Object> variables) {
    messages.publishForOrder(
        message, orderId, IdempotentMessages.ORDER_EVENT_TIME_TO_LIVE, variables);
  }
}
