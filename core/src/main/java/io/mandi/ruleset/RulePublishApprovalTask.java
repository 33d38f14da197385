package io.mandi.ruleset;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A second admin approves (publishes) or refuses a rule set version that would change recent prices
 * by more than the set share; the admin who asked cannot decide it.
 */
@Component
public class RulePublishApprovalTask implements TaskHandler {
  public static final String KIND = "RULE_PUBLISH_APPROVAL";
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Approve a rule change",
          "Note (needed to refuse)",
          List.of(
              TaskOutcome.of(APPROVE, "Approve and publish"),
              TaskOutcome.adverse(REFUSE, "Send back to draft")),
          List.of());

  private final RuleSets ruleSets;

  RulePublishApprovalTask(RuleSets ruleSets) {
    this.ruleSets = ruleSets;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    ruleSets.decideTask(actor, task, APPROVE.equals(input.outcome()), input.comment());
  }
}
