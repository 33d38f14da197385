package io.mandi.dispute;

import io.mandi.account.Actor;
import io.mandi.notification.NotificationNotices;
import io.mandi.task.EscrowEffect;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskField;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** The seller answers the buyer's dispute: offers part of the money back, or contests it. */
@Component
public class DisputeResponseTask implements TaskHandler {
  public static final String KIND = "DISPUTE_RESPONSE";
  public static final String OFFER_REFUND = "OFFER_REFUND";
  public static final String CONTEST = "CONTEST";
  public static final String AMOUNT = "amount";

  static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Answer the buyer's dispute",
          "Your answer to the buyer (needed to contest)",
          List.of(
              TaskOutcome.of(OFFER_REFUND, "Offer partial refund")
                  .moving(EscrowEffect.OFFER_PART, AMOUNT),
              TaskOutcome.withReason(CONTEST, "Contest dispute")),
          List.of(TaskField.of(AMOUNT, "Partial refund you offer (₹)", TaskField.Type.DECIMAL)));

  private final DisputeService disputes;
  private final NotificationNotices notifications;

  DisputeResponseTask(DisputeService disputes, NotificationNotices notifications) {
    this.disputes = disputes;
    this.notifications = notifications;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void opened(HumanTask task) {
    if (task.orderId() != null) {
      notifications.disputeOpened(task.orderId());
    }
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    if (OFFER_REFUND.equals(input.outcome())) {
      disputes.offerRefund(
          actor,
          task.id(),
          input.decimal(AMOUNT, "Enter the refund in rupees and paise, e.g. 250.50"),
          input.comment());
    } else {
      disputes.contest(actor, task.id(), input.comment());
    }
  }
}
