package io.mandi.vendor;

import io.mandi.account.Actor;
import io.mandi.notification.NotificationNotices;
import io.mandi.order.OrderStatusService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** The offered seller accepts or refuses an order; the buyer sees a refusal's reason. */
@Component
public class SellerAcceptanceTask implements TaskHandler {
  public static final String KIND = "SELLER_ACCEPTANCE";
  public static final String ACCEPT = "ACCEPT";
  public static final String REFUSE = "REFUSE";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Accept or refuse order",
          "Reason (needed to refuse)",
          List.of(
              TaskOutcome.of(ACCEPT, "Accept order"), TaskOutcome.adverse(REFUSE, "Refuse order")),
          List.of());

  private final TaskInboxService inbox;
  private final OrderStatusService statuses;
  private final NotificationNotices notices;

  SellerAcceptanceTask(
      TaskInboxService inbox, OrderStatusService statuses, NotificationNotices notices) {
    this.inbox = inbox;
    this.statuses = statuses;
    this.notices = notices;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  /** The order waits for its seller exactly from the moment the seller has the task. */
  @Override
  public void opened(HumanTask task) {
    if (task.orderId() != null) {
      statuses.awaitAcceptance(task.orderId(), TaskInboxService.SYSTEM);
      notices.newOrderToAccept(task.orderId(), task.id());
    }
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    inbox.completeChecked(actor, task, new TaskDecision(input.outcome(), input.comment()));
  }
}
