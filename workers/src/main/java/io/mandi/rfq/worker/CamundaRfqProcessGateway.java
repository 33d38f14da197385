package io.mandi.rfq.worker;

import io.mandi.process.worker.IdempotentMessages;
import io.mandi.rfq.RfqEvent;
import io.mandi.rfq.RfqProcessGateway;
import io.mandi.rfq.process.RfqDiscountApprovalProcess;
import io.mandi.rfq.process.RfqNegotiationProcess;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Starts a request's negotiation with the rfq-created message (its id is the request's, so a
 * repeated start is refused by the engine) and passes on what the process waits for, correlated by
 * the request id and de-duplicated by the event's key.
 */
@Component
class CamundaRfqProcessGateway implements RfqProcessGateway {
  /** How long the engine remembers a start, and so how long a duplicate start is caught. */
  static final Duration START_WINDOW = Duration.ofDays(1);

  /** How long an event waits for the process to listen: it may be busy with a step. */
  static final Duration EVENT_TIME_TO_LIVE = Duration.ofHours(1);

  private final IdempotentMessages messages;

  CamundaRfqProcessGateway(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void rfqCreated(long rfqId) {
    messages.publish(
        RfqNegotiationProcess.MESSAGE_RFQ_CREATED,
        String.valueOf(rfqId),
        RfqNegotiationProcess.MESSAGE_RFQ_CREATED + "-" + rfqId,
        START_WINDOW,
        Map.of("rfqId", rfqId));
  }

  @Override
  public void discountApprovalNeeded(long rfqId, long quoteId) {
    messages.publish(
        RfqDiscountApprovalProcess.MESSAGE_APPROVAL_NEEDED,
        String.valueOf(quoteId),
        RfqDiscountApprovalProcess.MESSAGE_APPROVAL_NEEDED + "-" + quoteId,
        START_WINDOW,
        Map.of("rfqId", rfqId, "quoteId", quoteId));
  }

  @Override
  public void tell(long rfqId, RfqEvent event, String eventKey, Map<String, Object> variables) {
    String message =
        switch (event) {
          case RESPONSE -> RfqNegotiationProcess.MESSAGE_RESPONSE;
          case DECIDED -> RfqNegotiationProcess.MESSAGE_DECIDED;
          case EXTENDED -> RfqNegotiationProcess.MESSAGE_EXTENDED;
          case CANCELLED -> RfqNegotiationProcess.MESSAGE_CANCELLED;
        };
    messages.publish(
        message, String.valueOf(rfqId), message + "-" + eventKey, EVENT_TIME_TO_LIVE, variables);
  }
}
