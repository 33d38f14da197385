package io.mandi.order;

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

/** Operations approve or decline an order over the buyer's credit limit. */
@Component
public class CreditApprovalTask implements TaskHandler {
  public static final String KIND = "CREDIT_APPROVAL";
  public static final String APPROVE = "APPROVE";
  public static final String DECLINE = "DECLINE";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Approve an order over the buyer's credit limit",
          "Note (needed to decline)",
          List.of(
              TaskOutcome.of(APPROVE, "Approve credit"),
              TaskOutcome.adverse(DECLINE, "Decline credit")),
          List.of());

  private final TaskInboxService inbox;

  CreditApprovalTask(TaskInboxService inbox) {
    this.inbox = inbox;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    inbox.completeChecked(actor, task, new TaskDecision(input.outcome(), input.comment()));
  }
}
