package io.mandi.ruleset.worker;

import io.mandi.process.worker.IdempotentMessages;
import io.mandi.ruleset.RulePublishProcess;
import io.mandi.ruleset.process.RulePublishApprovalProcess;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Starts a rule version's approval; the message id names the request, so a repeat is refused. */
@Component
class CamundaRulePublishProcess implements RulePublishProcess {
  /** How long the engine remembers a start, and so how long a duplicate start is caught. */
  static final Duration START_WINDOW = Duration.ofDays(1);

  private final IdempotentMessages messages;

  CamundaRulePublishProcess(IdempotentMessages messages) {
    this.messages = messages;
  }

  @Override
  public void approvalNeeded(String ruleSet, int version, String requestKey) {
    messages.publish(
        RulePublishApprovalProcess.MESSAGE_APPROVAL_NEEDED,
        ruleSet + "-" + version,
        RulePublishApprovalProcess.MESSAGE_APPROVAL_NEEDED + "-" + requestKey,
        START_WINDOW,
        Map.of(
            RulePublishApprovalProcess.Variables.RULE_SET,
            ruleSet,
            RulePublishApprovalProcess.Variables.RULE_VERSION,
            version));
  }
}
