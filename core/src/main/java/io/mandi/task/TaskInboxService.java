package io.mandi.task;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox people work: who sees which task, and how a decision reaches the engine. */
@Service
public class TaskInboxService {
  public static final String SYSTEM = "system";

  private final TaskMapper tasks;
  private final TaskCompletions completions;
  private final Clock clock;

  TaskInboxService(TaskMapper tasks, TaskCompletions completions, Clock clock) {
    this.tasks = tasks;
    this.completions = completions;
    this.clock = clock;
  }

  /** Idempotent on the engine's element instance: a re-activated job updates the same task. */
  @Transactional
  public void open(NewTask task) {
    tasks.upsert(task);
  }

  /** Ops see every open task; others only those of their groups or assigned to them. */
  public List<HumanTask> openTasksFor(Actor actor) {
    if (actor.role() == Role.OPS) {
      return tasks.findAllOpenTasks();
    }
    if (actor.groups().isEmpty()) {
      return List.of();
    }
    return tasks.findOpenTasks(actor.groups(), actor.username());
  }

  public HumanTask task(Actor actor, long taskId) {
    HumanTask task = tasks.findTask(taskId);
    if (task == null || !maySee(actor, task)) {
      throw new NotAllowedException("Task " + taskId + " is not in your inbox");
    }
    return task;
  }

  public List<HumanTask> tasksOfOrder(long orderId) {
    return tasks.findTasksOfOrder(orderId);
  }

  public boolean mayComplete(Actor actor, HumanTask task) {
    return task.status() == TaskStatus.OPEN
        && (actor.groups().contains(task.candidateGroup())
            || actor.username().equals(task.assignee()));
  }

  /**
   * Applies a person's decision: the task closes and its completion is written to the outbox in one
   * transaction; the engine is told after commit.
   *
   * @throws TaskNoLongerActiveException after commit, when the engine no longer waits for the task
   *     (the task is then closed as cancelled)
   */
  @Transactional
  public void complete(Actor actor, long taskId, TaskDecision decision) {
    HumanTask task = task(actor, taskId);
    if (decision != null
        && decision.outcome() != null
        && task.kind().needsDomainCheck(decision.outcome())
        && decision.details().isEmpty()) {
      throw new IllegalArgumentException(
          decision.outcome() + " needs its details (vendor, amount or parcel)");
    }
    completeChecked(actor, task, decision);
  }

  /**
   * Completes a task whose decision details a domain service has already checked. Runs in the
   * caller's transaction, so the service's own writes, the task's close and the engine's completion
   * (through the outbox) commit together.
   */
  @Transactional
  public void completeChecked(Actor actor, HumanTask task, TaskDecision decision) {
    long taskId = task.id();
    if (task.status() != TaskStatus.OPEN) {
      throw new TaskNotOpenException(taskId, task.status());
    }
    if (!mayComplete(actor, task)) {
      throw new NotAllowedException(actor.username() + " may not complete task " + taskId);
    }
    String comment = validate(task.kind(), decision);
    int closed =
        tasks.close(
            taskId,
            TaskStatus.OPEN,
            TaskStatus.COMPLETED,
            actor.username(),
            clock.instant(),
            decision.outcome(),
            comment);
    if (closed == 0) { // someone else decided in the meantime; their row lock made us wait
      throw new TaskNotOpenException(taskId, tasks.findTask(taskId).status());
    }
    completions.completed(task, variables(actor, decision, comment));
  }

  /** Closes what the engine stopped waiting for, e.g. the seller's task when its SLA lapsed. */
  @Transactional
  public int cancelOpenTasks(long orderId, TaskKind kind, String reason) {
    return tasks.cancelOpenTasksOfOrder(orderId, kind, clock.instant(), reason);
  }

  private static String validate(TaskKind kind, TaskDecision decision) {
    if (decision == null || decision.outcome() == null) {
      throw new IllegalArgumentException("Choose an outcome");
    }
    if (!kind.outcomes().contains(decision.outcome())) {
      throw new IllegalArgumentException(
          decision.outcome() + " is not a possible outcome of \"" + kind.title() + "\"");
    }
    String comment = decision.comment() == null ? "" : decision.comment().strip();
    if (decision.outcome().commentRequired() && comment.isEmpty()) {
      throw new IllegalArgumentException(
          "A reason is required to " + decision.outcome().name().toLowerCase());
    }
    if (comment.length() > 1000) {
      throw new IllegalArgumentException("The reason is too long (at most 1000 characters)");
    }
    return comment.isEmpty() ? null : comment;
  }

  private static Map<String, Object> variables(Actor actor, TaskDecision decision, String comment) {
    Map<String, Object> variables = new HashMap<>(decision.details());
    variables.put("outcome", decision.outcome().name());
    variables.put("accepted", decision.outcome() == TaskOutcome.ACCEPT);
    variables.put("decidedBy", actor.username());
    variables.put("decisionComment", comment == null ? "" : comment);
    return variables;
  }

  private static boolean maySee(Actor actor, HumanTask task) {
    return actor.role() == Role.OPS
        || actor.groups().contains(task.candidateGroup())
        || actor.username().equals(task.assignee());
  }
}
