package io.mandi.vendor;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskChoice;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskField;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** No vendor took the order: operations pick one from the ranking, or cancel the order. */
@Component
public class VendorPickTask implements TaskHandler {
  public static final String KIND = "VENDOR_ESCALATION";
  public static final String ASSIGN = "ASSIGN";
  public static final String CANCEL = "CANCEL";
  public static final String VENDOR = "vendor";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Pick a vendor for an order no vendor took",
          "Note (needed to cancel)",
          List.of(
              TaskOutcome.of(ASSIGN, "Assign vendor"), TaskOutcome.adverse(CANCEL, "Cancel order")),
          List.of(TaskField.of(VENDOR, "Vendor", TaskField.Type.CHOICE)));

  private final TaskInboxService inbox;
  private final VendorAssignmentService vendors;

  VendorPickTask(TaskInboxService inbox, VendorAssignmentService vendors) {
    this.inbox = inbox;
    this.vendors = vendors;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public List<TaskChoice> choices(Actor actor, HumanTask task, String field) {
    if (!VENDOR.equals(field) || task.orderId() == null) {
      return List.of();
    }
    return vendors.rankingForOps(actor, task.orderId()).stream()
        .map(v -> new TaskChoice(String.valueOf(v.sellerId()), v.sellerName() + " — " + v.reason()))
        .toList();
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    if (ASSIGN.equals(input.outcome())) {
      Long sellerId = input.id(VENDOR, "Choose the vendor to assign");
      if (sellerId == null) {
        throw new IllegalArgumentException("Choose the vendor to assign");
      }
      vendors.pickForTask(actor, task.id(), sellerId, input.comment());
    } else {
      inbox.completeChecked(actor, task, new TaskDecision(input.outcome(), input.comment()));
    }
  }
}
