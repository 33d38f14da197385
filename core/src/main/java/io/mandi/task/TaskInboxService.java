package io.mandi.task;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.live.TasksChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox people work: who sees which task, and how a decision reaches the engine. */
@Service
public class TaskInboxService {
  public static final String SYSTEM = "system";
  public static final int MAX_PAGE = 500;

  static final int MAX_COMMENT = 1000;

  private final TaskMapper tasks;
  private final TaskKinds kinds;
  private final TaskCompletions completions;
  private final EngineRun currentRun;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  TaskInboxService(
      TaskMapper tasks,
      TaskKinds kinds,
      TaskCompletions completions,
      EngineRun currentRun,
      Clock clock,
      ApplicationEventPublisher events) {
    this.events = events;
    this.tasks = tasks;
    this.currentRun = currentRun;
    this.kinds = kinds;
    this.completions = completions;
    this.clock = clock;
  }

  /**
   * Records a task the engine opened; idempotent on the engine's run and element instance, so a
   * re-activated job only refreshes the job key, while a restarted embedded engine that hands out
   * the same keys again opens new rows. A process re-created after its engine run was lost takes
   * over the order's open task of the same kind from that run (same id and link, nobody told
   * twice). The owning capability's {@link TaskHandler#opened} runs once, in the same transaction.
   */
  @Transactional
  public void open(NewTask task) {
    TaskHandler handler = kinds.handler(task.kind());
    if (task.orderId() != null && tasks.relink(task) > 0) {
      return; // the same task of a re-created process: its people were told when it first opened
    }
    if (Boolean.TRUE.equals(tasks.upsert(task))) {
      handler.opened(tasks.findByElementInstance(task.engineRun(), task.elementInstanceKey()));
      events.publishEvent(new TasksChanged(task.orderId()));
    }
  }

  /** Ops see every open task; others only those of their groups or assigned to them. */
  public List<HumanTask> openTasksFor(Actor actor) {
    if (seesNoTasks(actor)) {
      return List.of();
    }
    return tasks.findOpenTasksOf(query(actor, TaskView.ALL, null, TaskSort.DUE, 0, null));
  }

  /** A page of the actor's open tasks, those due first; operations see every open task. */
  public List<HumanTask> openTasks(Actor actor, int offset, int limit) {
    return openTasks(actor, TaskView.ALL, null, TaskSort.DUE, offset, limit);
  }

  /**
   * A page of the actor's open tasks in one view (mine, unassigned, overdue...), of one kind or all
   * ({@code kind} null), in the order asked for.
   */
  public List<HumanTask> openTasks(
      Actor actor, TaskView view, String kind, TaskSort sort, int offset, int limit) {
    checkPage(offset, limit);
    if (seesNoTasks(actor)) {
      return List.of();
    }
    return tasks.findOpenTasksOf(query(actor, view, kind, sort, offset, limit));
  }

  public long countOpenTasks(Actor actor) {
    return countOpenTasks(actor, TaskView.ALL, null);
  }

  public long countOpenTasks(Actor actor, TaskView view, String kind) {
    if (seesNoTasks(actor)) {
      return 0;
    }
    return tasks.countOpenTasksOf(query(actor, view, kind, TaskSort.DUE, 0, null));
  }

  /** Tasks done or cancelled, newest first: operations see all, sellers their own groups'. */
  public List<HumanTask> closedTasks(Actor actor, int offset, int limit) {
    checkPage(offset, limit);
    if (seesNoTasks(actor)) {
      return List.of();
    }
    return tasks.findClosedTasksOf(groupsOf(actor), actor.username(), offset, limit);
  }

  public long countClosedTasks(Actor actor) {
    return seesNoTasks(actor) ? 0 : tasks.countClosedTasksOf(groupsOf(actor), actor.username());
  }

  private static void checkPage(int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException(
          "A page starts at 0 or later and holds 1 to " + MAX_PAGE + " tasks");
    }
  }

  private TaskQuery query(
      Actor actor, TaskView view, String kind, TaskSort sort, int offset, Integer limit) {
    return new TaskQuery(
        groupsOf(actor),
        actor.username(),
        view == null ? TaskView.ALL : view,
        kind == null || kind.isBlank() ? null : kind,
        clock.instant(),
        sort == null ? TaskSort.DUE : sort,
        offset,
        limit);
  }

  /** Buyers and admins have no inbox. */
  private static boolean seesNoTasks(Actor actor) {
    return actor.role() != Role.OPS && actor.groups().isEmpty();
  }

  /** The candidate groups whose tasks the actor sees; null for operations, who see them all. */
  private static java.util.Set<String> groupsOf(Actor actor) {
    return actor.role() == Role.OPS ? null : actor.groups();
  }

  public HumanTask task(Actor actor, long taskId) {
    HumanTask task = tasks.findTask(taskId);
    if (task == null || !maySee(actor, task)) {
      throw new NotAllowedException("Task " + taskId + " is not in your inbox");
    }
    return task;
  }

  /**
   * The decisions people took on an order, oldest first, as far as the actor may see them:
   * operations see all; a seller those of its own group; the buyer every decision on its order
   * taken by the seller or operations (a refusal and its reason, a credit approval and its note),
   * but not operations' internal recovery work. The order itself must be visible to the actor.
   */
  public List<HumanTask> decisionsOn(Actor actor, long orderId) {
    return tasks.findTasksOfOrder(orderId).stream()
        .filter(task -> task.status() == TaskStatus.COMPLETED)
        .filter(
            task ->
                switch (actor.role()) {
                  case OPS -> true;
                  case SELLER -> maySee(actor, task);
                  case BUYER -> !INTERNAL_KINDS.contains(task.kind());
                  case ADMIN -> false;
                })
        .toList();
  }

  /** Work operations do on an order that its buyer is not shown. */
  private static final java.util.Set<String> INTERNAL_KINDS = java.util.Set.of("RECOVERY_CASE");

  /** The open task about a quote (a discount waiting for approval), as operations see it. */
  public java.util.Optional<HumanTask> openTaskOfQuote(Actor actor, long quoteId) {
    return tasks.findTasksOfQuote(quoteId).stream()
        .filter(task -> task.status() == TaskStatus.OPEN && maySee(actor, task))
        .findFirst();
  }

  /** The open task asking a second admin to approve a rule set version, if there is one. */
  public java.util.Optional<HumanTask> openTaskOfRuleVersion(String ruleSet, int ruleVersion) {
    return tasks.findTasksOfRuleVersion(ruleSet, ruleVersion).stream()
        .filter(task -> task.status() == TaskStatus.OPEN)
        .findFirst();
  }

  public List<HumanTask> tasksOfOrder(long orderId) {
    return tasks.findTasksOfOrder(orderId);
  }

  /**
   * A candidate may complete an open task nobody holds; once someone claimed it, was assigned it or
   * had it delegated to them, only they may.
   */
  public boolean mayComplete(Actor actor, HumanTask task) {
    if (task.status() != TaskStatus.OPEN) {
      return false;
    }
    if (task.assignee() != null) {
      return actor.username().equals(task.assignee());
    }
    return actor.groups().contains(task.candidateGroup());
  }

  /** Every kind of task there is, by title: for the inbox's kind filter. */
  public List<TaskKind> kinds() {
    return kinds.all();
  }

  /**
   * The decision taken on a closed task, as its button said it; "Cancelled" for one not decided.
   */
  public String outcomeLabel(HumanTask task) {
    if (task.outcome() == null) {
      return task.status() == TaskStatus.OPEN ? "" : "Cancelled";
    }
    return kindOf(task)
        .outcome(task.outcome())
        .map(TaskOutcome::label)
        .orElse(io.mandi.money.IndianFormat.label(task.outcome()));
  }

  public TaskKind kindOf(HumanTask task) {
    return kinds.kind(task.kind());
  }

  /** The values a person may pick for one of the task's choice fields. */
  public List<TaskChoice> choices(Actor actor, HumanTask task, String field) {
    return kinds.handler(task.kind()).choices(actor, task, field);
  }

  /**
   * Applies a person's decision through the capability that owns the task's kind: it checks the
   * input, commits the business decision with the task's close, and the engine is told after
   * commit.
   *
   * @throws TaskNoLongerActiveException after commit, when the engine no longer waits for the task
   *     (the task is then closed as cancelled)
   */
  public void decide(Actor actor, long taskId, TaskInput input) {
    HumanTask task = task(actor, taskId);
    checkMayDecide(actor, task);
    if (input == null) {
      throw new IllegalArgumentException("Choose an outcome");
    }
    declaredOutcome(kinds.kind(task.kind()), input.outcome()); // the rest is checked on completion
    kinds.handler(task.kind()).decide(actor, task, input);
  }

  /**
   * Refuses a decision on a task that an earlier run of the embedded engine opened: that run's
   * processes were lost when the engine restarted, so nobody waits for it. Checked where every
   * decision completes, so the caller's transaction rolls its own writes back too.
   */
  private void requireLive(HumanTask task) {
    String issuer = tasks.findEngineRun(task.id());
    if (issuer != null && !currentRun.keepsWhatWasStartedBy(new EngineRun(issuer))) {
      throw new ProcessUnavailableException(
          "This task's workflow stopped when the workflow engine restarted, so nothing was"
              + " changed"
              + (task.orderId() == null ? "" : " for order " + task.orderId())
              + ". Recovery restarts it at this step within minutes; please try again then.");
    }
  }

  /**
   * Completes a task whose decision details a domain service has already checked. Runs in the
   * caller's transaction, so the service's own writes, the task's close and the engine's completion
   * (through the outbox) commit together.
   */
  @Transactional
  public void completeChecked(Actor actor, HumanTask task, TaskDecision decision) {
    long taskId = task.id();
    checkMayDecide(actor, task);
    requireLive(task);
    if (decision == null) {
      throw new IllegalArgumentException("Choose an outcome");
    }
    String comment = validComment(kinds.kind(task.kind()), decision.outcome(), decision.comment());
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
    tasks.insertEvent(
        taskId, clock.instant(), actor.username(), TaskAction.COMPLETED, decision.outcome());
    completions.completed(task, variables(actor, decision, comment, clock.instant()));
    events.publishEvent(new TasksChanged(task.orderId()));
  }

  /**
   * Completes, as the system, a task nobody needs to decide any more because what it asked about
   * went away (a quote replaced before its approval); the process goes on as after a decision.
   */
  @Transactional
  public void completeAsSystem(HumanTask task, String outcome, String why) {
    Instant now = clock.instant();
    if (tasks.close(task.id(), TaskStatus.OPEN, TaskStatus.COMPLETED, SYSTEM, now, outcome, why)
        == 0) {
      return; // already decided or closed
    }
    tasks.insertEvent(task.id(), now, SYSTEM, TaskAction.COMPLETED, outcome);
    completions.completed(
        task,
        variables(
            new Actor(SYSTEM, Role.OPS, null, null), new TaskDecision(outcome, why), why, now));
    events.publishEvent(new TasksChanged(task.orderId()));
  }

  /** Closes what the engine stopped waiting for, e.g. the seller's task when its SLA lapsed. */
  @Transactional
  public int cancelOpenTasks(long orderId, String kind, String reason) {
    return closed(orderId, tasks.cancelOpenTasksOfOrder(orderId, kind, clock.instant(), reason));
  }

  /** Closes every open task of an order that will not go on, e.g. a cancelled one. */
  @Transactional
  public int cancelAllOpenTasks(long orderId, String reason) {
    return closed(orderId, tasks.cancelOpenTasksOfOrder(orderId, null, clock.instant(), reason));
  }

  private int closed(long orderId, int count) {
    if (count > 0) {
      events.publishEvent(new TasksChanged(orderId));
    }
    return count;
  }

  private void checkMayDecide(Actor actor, HumanTask task) {
    if (task.status() != TaskStatus.OPEN) {
      throw new TaskNotOpenException(task.id(), task.status());
    }
    if (!mayComplete(actor, task)) {
      throw new NotAllowedException(
          task.assignee() != null && !actor.username().equals(task.assignee())
              ? "Task " + task.id() + " is with " + task.assignee() + "; ask them, or reassign it"
              : actor.username() + " may not complete task " + task.id());
    }
  }

  private static TaskOutcome declaredOutcome(TaskKind kind, String outcomeName) {
    if (outcomeName == null || outcomeName.isBlank()) {
      throw new IllegalArgumentException("Choose an outcome");
    }
    return kind.outcome(outcomeName)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    outcomeName + " is not a possible outcome of \"" + kind.title() + "\""));
  }

  /** The comment as stored (stripped, null when empty), once outcome and comment are valid. */
  private static String validComment(TaskKind kind, String outcomeName, String rawComment) {
    TaskOutcome outcome = declaredOutcome(kind, outcomeName);
    String comment = rawComment == null ? "" : rawComment.strip();
    if (outcome.commentRequired() && comment.isEmpty()) {
      throw new IllegalArgumentException(
          "A reason is required to " + outcome.label().toLowerCase());
    }
    if (comment.length() > MAX_COMMENT) {
      throw new IllegalArgumentException(
          "The reason is too long (at most " + MAX_COMMENT + " characters)");
    }
    if (comment.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new IllegalArgumentException("The reason contains characters that cannot be stored");
    }
    return comment.isEmpty() ? null : comment;
  }

  /** What the process learns of a decision; {@code decidedAt} starts any window that follows it. */
  private static Map<String, Object> variables(
      Actor actor, TaskDecision decision, String comment, Instant decidedAt) {
    Map<String, Object> variables = new HashMap<>(decision.details());
    variables.put("outcome", decision.outcome());
    variables.put("decidedBy", actor.username());
    variables.put("decisionComment", comment == null ? "" : comment);
    variables.put("decidedAt", decidedAt.toString());
    return variables;
  }

  private static boolean maySee(Actor actor, HumanTask task) {
    return actor.role() == Role.OPS
        || actor.groups().contains(task.candidateGroup())
        || actor.username().equals(task.assignee());
  }
}
