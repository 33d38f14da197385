package io.mandi.task;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.account.UserAccount;
import io.mandi.live.TasksChanged;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a task: claiming and giving back, assigning to a colleague, delegating and handing
 * back, and the task's priority, due and follow-up dates. Each change is checked against the state
 * the person saw (two people claiming at once: one wins, the other is told), recorded in the task's
 * audit trail and pushed to open inboxes after commit.
 */
@Service
public class TaskAssignments {
  /** Where tasks go when they pass their due date still open. */
  public static final String SUPERVISORS = Actor.SUPERVISORS_GROUP;

  private final TaskMapper tasks;
  private final TaskInboxService inbox;
  private final AccountService accounts;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  TaskAssignments(
      TaskMapper tasks,
      TaskInboxService inbox,
      AccountService accounts,
      Clock clock,
      ApplicationEventPublisher events) {
    this.tasks = tasks;
    this.inbox = inbox;
    this.accounts = accounts;
    this.clock = clock;
    this.events = events;
  }

  /** A candidate takes an unassigned task, so colleagues see it is being worked on. */
  @Transactional
  public void claim(Actor actor, long taskId) {
    HumanTask task = open(actor, taskId);
    if (!actor.groups().contains(task.candidateGroup())) {
      throw new NotAllowedException("Task " + taskId + " is not one you can take on");
    }
    if (actor.username().equals(task.assignee())) {
      return;
    }
    hand(task, null, actor.username(), null, actor, TaskAction.CLAIMED, null);
  }

  /** The assignee, or operations, gives the task back to its group. */
  @Transactional
  public void unclaim(Actor actor, long taskId) {
    HumanTask task = open(actor, taskId);
    if (task.assignee() == null) {
      return;
    }
    if (!actor.username().equals(task.assignee()) && actor.role() != Role.OPS) {
      throw new NotAllowedException("Only " + task.assignee() + " or operations can give it back");
    }
    hand(task, task.assignee(), null, null, actor, TaskAction.UNCLAIMED, null);
  }

  /** Operations give the task to a member of its group, whoever holds it now. */
  @Transactional
  public void assign(Actor actor, long taskId, String username) {
    actor.require(Role.OPS);
    HumanTask task = open(actor, taskId);
    String to = member(task, username);
    if (to.equals(task.assignee())) {
      return;
    }
    hand(task, task.assignee(), to, null, actor, TaskAction.ASSIGNED, "to " + to);
  }

  /**
   * The assignee asks a colleague of the group to work on the task; it comes back to the assignee
   * when the colleague hands it back.
   */
  @Transactional
  public void delegate(Actor actor, long taskId, String username) {
    HumanTask task = open(actor, taskId);
    if (!actor.username().equals(task.assignee())) {
      throw new NotAllowedException("Claim the task before delegating it");
    }
    String to = member(task, username);
    if (to.equals(actor.username())) {
      throw new IllegalArgumentException("Delegate to someone else than yourself");
    }
    String owner = task.owner() == null ? actor.username() : task.owner();
    hand(task, task.assignee(), to, owner, actor, TaskAction.DELEGATED, "to " + to);
  }

  /** The delegate gives the task back to whoever delegated it. */
  @Transactional
  public void handBack(Actor actor, long taskId, String note) {
    HumanTask task = open(actor, taskId);
    if (task.owner() == null || !actor.username().equals(task.assignee())) {
      throw new IllegalStateException("Task " + taskId + " was not delegated to you");
    }
    String detail = "to " + task.owner() + (note == null || note.isBlank() ? "" : ": " + note);
    hand(task, task.assignee(), task.owner(), null, actor, TaskAction.HANDED_BACK, detail);
  }

  /** Operations set how urgent the task is: 1 high, 2 normal, 3 low. */
  @Transactional
  public void prioritise(Actor actor, long taskId, int priority) {
    actor.require(Role.OPS);
    if (priority < 1 || priority > 3) {
      throw new IllegalArgumentException("Priority is 1 (high), 2 (normal) or 3 (low)");
    }
    HumanTask task = open(actor, taskId);
    tasks.setPriority(task.id(), priority);
    audit(task, actor, TaskAction.PRIORITY, priorityLabel(priority));
  }

  /** Operations move the due date; a task due later is no longer escalated. */
  @Transactional
  public void reschedule(Actor actor, long taskId, Instant dueAt) {
    actor.require(Role.OPS);
    if (dueAt == null || !dueAt.isAfter(clock.instant())) {
      throw new IllegalArgumentException("A new due date must be in the future");
    }
    HumanTask task = open(actor, taskId);
    tasks.setDueAt(task.id(), dueAt);
    audit(task, actor, TaskAction.DUE_DATE, dueAt.toString());
  }

  /** The assignee or operations note when to look at the task again (null: no follow-up). */
  @Transactional
  public void followUp(Actor actor, long taskId, Instant followUpAt) {
    HumanTask task = open(actor, taskId);
    if (!actor.username().equals(task.assignee()) && actor.role() != Role.OPS) {
      throw new NotAllowedException("Only the assignee or operations set a follow-up date");
    }
    tasks.setFollowUpAt(task.id(), followUpAt);
    audit(
        task, actor, TaskAction.FOLLOW_UP, followUpAt == null ? "cleared" : followUpAt.toString());
  }

  /**
   * Escalates every open task that passed its due date to the supervisors, once each.
   *
   * @param asOf the time on the engine's clock, so due dates set by the models compare right
   * @return how many tasks were escalated
   */
  @Transactional
  public int escalateOverdue(Instant asOf) {
    List<Long> escalated = tasks.escalateOverdue(asOf, SUPERVISORS);
    for (long taskId : escalated) {
      tasks.insertEvent(
          taskId, clock.instant(), TaskInboxService.SYSTEM, TaskAction.ESCALATED, SUPERVISORS);
      events.publishEvent(new TasksChanged(tasks.findTask(taskId).orderId()));
    }
    return escalated.size();
  }

  /** The people a task can be assigned or delegated to: the members of its group. */
  public List<UserAccount> candidates(Actor actor, long taskId) {
    HumanTask task = inbox.task(actor, taskId);
    return accounts.membersOf(task.candidateGroup());
  }

  /** The operations supervisors, to whom overdue tasks are escalated. */
  public List<UserAccount> supervisors() {
    return accounts.membersOf(SUPERVISORS);
  }

  public List<TaskEvent> history(Actor actor, long taskId) {
    inbox.task(actor, taskId); // only those who may see the task see its history
    return tasks.findEvents(taskId);
  }

  public static String priorityLabel(int priority) {
    return switch (priority) {
      case 1 -> "High";
      case 3 -> "Low";
      default -> "Normal";
    };
  }

  private HumanTask open(Actor actor, long taskId) {
    HumanTask task = inbox.task(actor, taskId);
    if (task.status() != TaskStatus.OPEN) {
      throw new TaskNotOpenException(taskId, task.status());
    }
    return task;
  }

  private String member(HumanTask task, String username) {
    String wanted = username == null ? "" : username.strip();
    return accounts.membersOf(task.candidateGroup()).stream()
        .map(UserAccount::username)
        .filter(wanted::equals)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "\"" + wanted + "\" cannot work on this task: choose someone of its group"));
  }

  private void hand(
      HumanTask task,
      String expected,
      String assignee,
      String owner,
      Actor actor,
      TaskAction action,
      String detail) {
    if (tasks.setAssignee(task.id(), expected, assignee, owner) == 0) {
      HumanTask now = tasks.findTask(task.id());
      throw new IllegalStateException(
          now.status() != TaskStatus.OPEN
              ? "Task " + task.id() + " was closed in the meantime"
              : "Task "
                  + task.id()
                  + " changed hands in the meantime"
                  + (now.assignee() == null ? "" : ": " + now.assignee() + " has it now"));
    }
    audit(task, actor, action, detail);
  }

  private void audit(HumanTask task, Actor actor, TaskAction action, String detail) {
    tasks.insertEvent(task.id(), clock.instant(), actor.username(), action, detail);
    events.publishEvent(new TasksChanged(task.orderId()));
  }
}
