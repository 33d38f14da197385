package io.mandi.task;

import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Completes a task's engine job through the outbox, after the decision is committed. If the engine
 * no longer waits for the job, the task is closed as cancelled and the person is told.
 */
@Component
class TaskCompletions implements OutboxHandler {
  static final String COMPLETED = "task.completed";

  private final Outbox outbox;
  private final TaskEngine engine;
  private final TaskMapper tasks;
  private final Clock clock;

  TaskCompletions(Outbox outbox, TaskEngine engine, TaskMapper tasks, Clock clock) {
    this.outbox = outbox;
    this.engine = engine;
    this.tasks = tasks;
    this.clock = clock;
  }

  void completed(HumanTask task, Map<String, Object> variables) {
    outbox.add(
        COMPLETED,
        COMPLETED + "-" + task.id() + "-" + task.jobKey(),
        Map.of("taskId", task.id(), "jobKey", task.jobKey(), "variables", variables));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(COMPLETED);
  }

  @Override
  @SuppressWarnings("unchecked")
  public void deliver(String kind, Map<String, Object> payload) {
    engine.complete(
        ((Number) payload.get("jobKey")).longValue(),
        (Map<String, Object>) payload.get("variables"));
  }

  @Override
  public void rejected(String kind, Map<String, Object> payload, String reason) {
    tasks.close(
        ((Number) payload.get("taskId")).longValue(),
        TaskStatus.COMPLETED,
        TaskStatus.CANCELED,
        TaskInboxService.SYSTEM,
        clock.instant(),
        null,
        reason);
  }
}
