package io.mandi.rfq;

import io.mandi.live.RfqChanged;
import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells a request's process what happened, through the outbox: recorded with the change, sent after
 * it commits, and keyed so that a repeat is the same message.
 */
@Component
class RfqEvents implements OutboxHandler {
  static final String CREATED = "rfq.created";
  static final String EVENT = "rfq.event";
  static final String APPROVAL = "rfq.approval";

  private final Outbox outbox;
  private final RfqProcessGateway process;
  private final ApplicationEventPublisher pages;

  RfqEvents(Outbox outbox, RfqProcessGateway process, ApplicationEventPublisher pages) {
    this.outbox = outbox;
    this.process = process;
    this.pages = pages;
  }

  /** Open pages of the request redraw once the change commits. */
  void changed(long rfqId) {
    pages.publishEvent(new RfqChanged(rfqId));
  }

  void created(long rfqId) {
    outbox.add(CREATED, CREATED + "-" + rfqId, Map.of("rfqId", rfqId));
  }

  void approvalNeeded(long rfqId, long quoteId) {
    outbox.add(APPROVAL, APPROVAL + "-" + quoteId, Map.of("rfqId", rfqId, "quoteId", quoteId));
  }

  /**
   * @param eventKey unique for the event, e.g. the quote's id: a retry of the same change is the
   *     same message
   */
  void tell(long rfqId, RfqEvent event, String eventKey, Map<String, Object> variables) {
    Map<String, Object> payload = new HashMap<>(variables);
    payload.put("rfqId", rfqId);
    payload.put("event", event.name());
    payload.put("eventKey", eventKey);
    outbox.add(EVENT, event.name() + "-" + eventKey, payload);
    changed(rfqId);
  }

  @Override
  public Set<String> kinds() {
    return Set.of(CREATED, EVENT, APPROVAL);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    long rfqId = ((Number) payload.get("rfqId")).longValue();
    if (CREATED.equals(kind)) {
      process.rfqCreated(rfqId);
      return;
    }
    if (APPROVAL.equals(kind)) {
      process.discountApprovalNeeded(rfqId, ((Number) payload.get("quoteId")).longValue());
      return;
    }
    Map<String, Object> variables = new HashMap<>(payload);
    RfqEvent event = RfqEvent.valueOf((String) variables.remove("event"));
    String eventKey = (String) variables.remove("eventKey");
    variables.remove("rfqId");
    process.tell(rfqId, event, eventKey, variables);
  }
}
