package io.mandi.rfq;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells a request's process what happened, through the outbox: recorded with the change, sent after
 * it commits, and keyed so that a repeat is the same message.
 */
@Component
class RfqEvents implements OutboxHandler {
  static final String CREATED = "rfq.created";
  static final String EVENT = "rfq.event";

  /** A seller quoted, revised, declined, or answered a counter-offer. */
  static final String RESPONSE = "rfq-response";

  /** The buyer accepted, countered or rejected; variable {@code decision}. */
  static final String DECIDED = "rfq-buyer-decided";

  /** The buyer gave a request that got no quotes more time; variable {@code closesAt}. */
  static final String EXTENDED = "rfq-extended";

  static final String CANCELLED = "rfq-cancelled";

  private final Outbox outbox;
  private final RfqProcessGateway process;

  RfqEvents(Outbox outbox, RfqProcessGateway process) {
    this.outbox = outbox;
    this.process = process;
  }

  void created(long rfqId) {
    outbox.add(CREATED, CREATED + "-" + rfqId, Map.of("rfqId", rfqId));
  }

  /**
   * @param eventKey unique for the event, e.g. the quote's id: a retry of the same change is the
   *     same message
   */
  void tell(long rfqId, String event, String eventKey, Map<String, Object> variables) {
    Map<String, Object> payload = new HashMap<>(variables);
    payload.put("rfqId", rfqId);
    payload.put("event", event);
    payload.put("eventKey", eventKey);
    outbox.add(EVENT, event + "-" + eventKey, payload);
  }

  @Override
  public Set<String> kinds() {
    return Set.of(CREATED, EVENT);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    long rfqId = ((Number) payload.get("rfqId")).longValue();
    if (CREATED.equals(kind)) {
      process.rfqCreated(rfqId);
      return;
    }
    Map<String, Object> variables = new HashMap<>(payload);
    String event = (String) variables.remove("event");
    String eventKey = (String) variables.remove("eventKey");
    variables.remove("rfqId");
    process.tell(rfqId, event, eventKey, variables);
  }
}
