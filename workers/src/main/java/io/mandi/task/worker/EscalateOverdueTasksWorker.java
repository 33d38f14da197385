package io.mandi.task.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.task.TaskAssignments;
import io.mandi.task.process.TaskEscalationProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Escalates the tasks that passed their due date, as of the engine's time. */
@Component
public class EscalateOverdueTasksWorker {
  private final TaskAssignments assignments;

  EscalateOverdueTasksWorker(TaskAssignments assignments) {
    this.assignments = assignments;
  }

  @JobWorker(
      type = TaskEscalationProcess.JOB_ESCALATE_OVERDUE,
      fetchVariables = TaskEscalationProcess.VARIABLE_AS_OF)
  public Map<String, Object> escalate(
      @Variable(name = TaskEscalationProcess.VARIABLE_AS_OF) String asOf) {
    int escalated = assignments.escalateOverdue(TaskEscalationProcess.asOf(asOf));
    return Map.of("escalated", escalated);
  }
}
