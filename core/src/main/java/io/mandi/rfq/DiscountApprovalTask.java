package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** Operations approve or refuse a quote's deep discount before the buyer sees it. */
@Component
public class DiscountApprovalTask implements TaskHandler {
  public static final String KIND = "RFQ_DISCOUNT_APPROVAL";
  public static final String APPROVE = "APPROVE";
  public static final String REFUSE = "REFUSE";

  /** Closed by the system: the quote was replaced, or its request closed, before a decision. */
  public static final String WITHDRAWN = "WITHDRAWN";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Approve a quote's discount",
          "Note to the seller (needed to refuse)",
          List.of(
              TaskOutcome.of(APPROVE, "Approve the discount"),
              TaskOutcome.adverse(REFUSE, "Refuse the discount")),
          List.of());

  private final DiscountApprovals approvals;

  DiscountApprovalTask(DiscountApprovals approvals) {
    this.approvals = approvals;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  /** A task that arrives after its quote stopped waiting (replaced meanwhile) closes at once. */
  @Override
  public void opened(HumanTask task) {
    if (task.quoteId() != null && !approvals.waiting(task.quoteId())) {
      approvals.withdraw(task.quoteId(), "The quote no longer waits for approval");
    }
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    approvals.decide(actor, task, APPROVE.equals(input.outcome()), input.comment());
  }
}
