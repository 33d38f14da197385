package io.mandi.ruleset;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Starts a second admin's approval once the request for it has committed (through the outbox). */
@Component
class RuleSetEvents implements OutboxHandler {
  static final String APPROVAL = "rule-set.approval";

  private final Outbox outbox;
  private final RulePublishProcess process;

  RuleSetEvents(Outbox outbox, RulePublishProcess process) {
    this.outbox = outbox;
    this.process = process;
  }

  /** Inside the transaction that asks for approval. */
  void approvalNeeded(String ruleSet, int version, String requestKey) {
    outbox.add(
        APPROVAL,
        APPROVAL + "-" + requestKey,
        Map.of("ruleSet", ruleSet, "ruleVersion", version, "requestKey", requestKey));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(APPROVAL);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    process.approvalNeeded(
        (String) payload.get("ruleSet"),
        ((Number) payload.get("ruleVersion")).intValue(),
        (String) payload.get("requestKey"));
  }
}
