package io.mandi.dispute;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells the escrow process about a dispute through the outbox, after the dispute commits. */
@Component
class DisputeNotices implements OutboxHandler {
  static final String OPENED = "dispute.opened";
  static final String OFFER_ANSWERED = "dispute.offer-answered";

  private final Outbox outbox;
  private final DisputeEvents events;

  DisputeNotices(Outbox outbox, DisputeEvents events) {
    this.outbox = outbox;
    this.events = events;
  }

  void opened(long orderId, Instant openedAt) {
    outbox.add(
        OPENED,
        OPENED + "-" + orderId,
        Map.of("orderId", orderId, "openedAt", openedAt.toString()));
  }

  void offerAnswered(long orderId, boolean accepted) {
    outbox.add(
        OFFER_ANSWERED,
        OFFER_ANSWERED + "-" + orderId,
        Map.of("orderId", orderId, "accepted", accepted));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(OPENED, OFFER_ANSWERED);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    long orderId = ((Number) payload.get("orderId")).longValue();
    if (OPENED.equals(kind)) {
      events.disputeOpened(orderId, Instant.parse((String) payload.get("openedAt")));
    } else {
      events.offerAnswered(orderId, (Boolean) payload.get("accepted"));
    }
  }
}
