package io.mandi.recovery;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Operations look at an order recovery could not remedy: they fix it by hand and say how, or ask
 * recovery to try again. The order page shows what recovery tried and why.
 */
@Component
public class RecoveryCaseTask implements TaskHandler {
  public static final String KIND = "RECOVERY_CASE";
  public static final String RESOLVED = "RESOLVED";
  public static final String RETRY = "RETRY";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Look at an order recovery could not fix",
          "What you did (needed when fixed by hand)",
          List.of(
              TaskOutcome.withReason(RESOLVED, "Fixed by hand"),
              TaskOutcome.of(RETRY, "Let recovery try again")),
          List.of());

  private final TaskInboxService inbox;
  private final RecoveryCases cases;

  RecoveryCaseTask(TaskInboxService inbox, RecoveryCases cases) {
    this.inbox = inbox;
    this.cases = cases;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    if (RESOLVED.equals(input.outcome())) {
      cases.resolve(actor, task.orderId());
    } else if (RETRY.equals(input.outcome())) {
      cases.retry(actor, task.orderId());
    }
    inbox.completeChecked(actor, task, new TaskDecision(input.outcome(), input.comment()));
  }
}
