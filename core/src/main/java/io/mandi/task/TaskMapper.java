package io.mandi.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskMapper {

  /**
   * Inserts the task, or refreshes the job key if the engine handed the same open task out again.
   *
   * @return true if the task is new, false if it was refreshed, null if it is already closed
   */
  Boolean upsert(NewTask task);

  /** Re-links the order's open task of the same kind to this task's keys; returns rows changed. */
  int relink(NewTask task);

  HumanTask findByElementInstance(
      @Param("engineRun") EngineRun engineRun,
      @Param("elementInstanceKey") long elementInstanceKey);

  HumanTask findTask(long taskId);

  String findEngineRun(long taskId);

  /** A page of open tasks, as the query narrows and sorts them. */
  List<HumanTask> findOpenTasksOf(TaskQuery query);

  long countOpenTasksOf(TaskQuery query);

  /** Closed tasks, newest first: of the groups or closed by the user, or all if groups is null. */
  List<HumanTask> findClosedTasksOf(
      @Param("groups") Collection<String> groups,
      @Param("username") String username,
      @Param("offset") int offset,
      @Param("limit") int limit);

  long countClosedTasksOf(
      @Param("groups") Collection<String> groups, @Param("username") String username);

  /** Hands the open task on if its assignee is still {@code expectedAssignee}; rows changed. */
  int setAssignee(
      @Param("taskId") long taskId,
      @Param("expectedAssignee") String expectedAssignee,
      @Param("assignee") String assignee,
      @Param("owner") String owner);

  int setPriority(@Param("taskId") long taskId, @Param("priority") int priority);

  /** A new due date also lifts an escalation: the task is on time again. */
  int setDueAt(@Param("taskId") long taskId, @Param("dueAt") Instant dueAt);

  int setFollowUpAt(@Param("taskId") long taskId, @Param("followUpAt") Instant followUpAt);

  /** Escalates the open tasks due before {@code asOf} not escalated yet; returns their ids. */
  List<Long> escalateOverdue(@Param("asOf") Instant asOf, @Param("group") String group);

  void insertEvent(
      @Param("taskId") long taskId,
      @Param("at") Instant at,
      @Param("actor") String actor,
      @Param("action") TaskAction action,
      @Param("detail") String detail);

  List<TaskEvent> findEvents(long taskId);

  List<HumanTask> findTasksOfOrder(long orderId);

  List<HumanTask> findTasksOfQuote(long quoteId);

  List<HumanTask> findTasksOfRuleVersion(
      @org.apache.ibatis.annotations.Param("ruleSet") String ruleSet,
      @org.apache.ibatis.annotations.Param("ruleVersion") int ruleVersion);

  /** Closes the task if it still has status {@code from}; returns rows changed (0 or 1). */
  int close(
      @Param("taskId") long taskId,
      @Param("from") TaskStatus from,
      @Param("status") TaskStatus status,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("outcome") String outcome,
      @Param("comment") String comment);

  /** Cancels the order's open tasks of one kind, or of every kind when {@code kind} is null. */
  int cancelOpenTasksOfOrder(
      @Param("orderId") long orderId,
      @Param("kind") String kind,
      @Param("at") Instant at,
      @Param("reason") String reason);
}
