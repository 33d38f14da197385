package io.mandi.recommendation;

import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Starts a large price change's approval once the request has committed (through the outbox). */
@Component
class PriceChangeEvents implements OutboxHandler {
  static final String APPROVAL = "price-change.approval";

  private final PriceChangeProcess process;

  PriceChangeEvents(PriceChangeProcess process) {
    this.process = process;
  }

  @Override
  public Set<String> kinds() {
    return Set.of(APPROVAL);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    process.approvalNeeded(((Number) payload.get("priceChangeId")).longValue());
  }
}
