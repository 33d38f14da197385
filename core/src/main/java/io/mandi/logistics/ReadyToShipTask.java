package io.mandi.logistics;

import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskField;
import io.mandi.task.TaskHandler;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskOutcome;
import java.util.List;
import org.springframework.stereotype.Component;

/** The seller packs the order and gives the parcel, or says it cannot ship after all. */
@Component
public class ReadyToShipTask implements TaskHandler {
  public static final String KIND = "READY_TO_SHIP";
  public static final String READY = "READY_TO_SHIP";
  public static final String CANNOT_SHIP = "CANNOT_SHIP";
  public static final String WEIGHT = "weightKg";
  public static final String PACKAGES = "packages";

  private static final TaskKind DECLARATION =
      new TaskKind(
          KIND,
          "Pack and mark ready to ship",
          "Reason (needed if you cannot ship)",
          List.of(
              TaskOutcome.of(READY, "Ready to ship"),
              TaskOutcome.adverse(CANNOT_SHIP, "Cannot ship")),
          List.of(
              TaskField.of(WEIGHT, "Parcel weight (kg)", TaskField.Type.DECIMAL),
              new TaskField(PACKAGES, "Packages", TaskField.Type.COUNT, "1", null)));

  private final TaskInboxService inbox;
  private final ShipmentService shipments;

  ReadyToShipTask(TaskInboxService inbox, ShipmentService shipments) {
    this.inbox = inbox;
    this.shipments = shipments;
  }

  @Override
  public TaskKind kind() {
    return DECLARATION;
  }

  @Override
  public void decide(Actor actor, HumanTask task, TaskInput input) {
    if (READY.equals(input.outcome())) {
      Integer packages = input.count(PACKAGES, "Enter the number of packages as a whole number");
      shipments.readyToShip(
          actor,
          task.id(),
          input.decimal(WEIGHT, "Enter the parcel weight in kg, e.g. 2.5"),
          packages == null ? 0 : packages);
    } else {
      inbox.completeChecked(actor, task, new TaskDecision(input.outcome(), input.comment()));
    }
  }
}
