package io.mandi.dispute;

import io.mandi.account.Actor;
import io.mandi.order.OrderQueryService;
import io.mandi.task.EscrowEffect;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskChoice;
import io.mandi.task.TaskField;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Operations decide a dispute: all to the seller, all back to the buyer, or a split. */
@Component
public class DisputeMediationTask implements TaskHandler {
  public static final String KIND = "DISPUTE_MEDIATION";
  public static final String RELEASE_TO_SELLER = "RELEASE_TO_SELLER";
  public static final String REFUND_BUYER = "REFUND_BUYER";
  public static final String SPLIT = "SPLIT";
  public static final String REFUND_LINES = "refundLines";
  public static final String AMOUNT = "amount";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Mediate a dispute",
          "Decision explained to both parties",
          List.of(
              TaskOutcome.withReason(RELEASE_TO_SELLER, "Release to seller")
                  .moving(EscrowEffect.RELEASE_ALL, null),
              TaskOutcome.withReason(REFUND_BUYER, "Refund buyer in full")
                  .moving(EscrowEffect.REFUND_ALL, null),
              TaskOutcome.withReason(SPLIT, "Split").moving(EscrowEffect.REFUND_PART, AMOUNT)),
          List.of(
              new TaskField(
                  REFUND_LINES,
                  "Refund these lines to the buyer (the rest goes to the seller)",
                  TaskField.Type.CHOICES,
                  null,
                  AMOUNT),
              TaskField.of(AMOUNT, "Refund to the buyer for a split (₹)", TaskField.Type.DECIMAL)));

  private final DisputeService disputes;
  private final OrderQueryService orders;
  private final TaskInboxService inbox;

  DisputeMediationTask(DisputeService disputes, OrderQueryService orders, TaskInboxService inbox) {
    this.disputes = disputes;
    this.orders = orders;
    this.inbox = inbox;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  /** The negotiation window may have closed the seller's task in the engine; close it here too. */
  @Override
  public void opened(HumanTask task) {
    if (task.orderId() != null) {
      inbox.cancelOpenTasks(
          task.orderId(), DisputeResponseTask.KIND, "Sent to operations for mediation");
    }
  }

  @Override
  public List<TaskChoice> choices(Actor actor, HumanTask task, String field) {
    if (!REFUND_LINES.equals(field) || task.orderId() == null) {
      return List.of();
    }
    return orders.details(actor, task.orderId()).lines().stream()
        .map(
            line ->
                new TaskChoice(
                    String.valueOf(line.lineNo()),
                    "Line "
                        + line.lineNo()
                        + ": "
                        + line.productName()
                        + " (₹"
                        + line.lineAmount().setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + ")",
                    line.lineAmount()))
        .toList();
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    String why = input.comment();
    switch (input.outcome()) {
      case RELEASE_TO_SELLER -> disputes.mediate(actor, task.id(), Resolution.RELEASE, null, why);
      case REFUND_BUYER -> disputes.mediate(actor, task.id(), Resolution.REFUND, null, why);
      default -> {
        Set<Integer> lines = input.numbers(REFUND_LINES, "Choose order lines from the list");
        if (lines.isEmpty()) {
          BigDecimal amount =
              input.decimal(AMOUNT, "Enter the refund in rupees and paise, e.g. 250.50");
          disputes.mediate(actor, task.id(), Resolution.SPLIT, amount, why);
        } else { // by line: the chosen lines go back, the rest is released
          disputes.mediateByLines(actor, task.id(), lines, why);
        }
      }
    }
  }
}
