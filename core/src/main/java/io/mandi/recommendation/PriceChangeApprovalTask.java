package io.mandi.recommendation;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** Operations approve or refuse a seller's large price change. */
@Component
public class PriceChangeApprovalTask implements TaskHandler {
  public static final String KIND = "PRICE_CHANGE_APPROVAL";
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Approve a seller's price change",
          "Note to the seller (needed to refuse)",
          List.of(
              TaskOutcome.of(APPROVE, "Apply the new price"),
              TaskOutcome.adverse(REFUSE, "Refuse the change")),
          List.of());

  private final PriceChanges changes;

  PriceChangeApprovalTask(PriceChanges changes) {
    this.changes = changes;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    changes.decide(actor, task, APPROVE.equals(input.outcome()), input.comment());
  }
}
