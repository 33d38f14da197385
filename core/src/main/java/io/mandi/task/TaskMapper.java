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

  /**
   * Open tasks, due first: of the groups or the user, or all when groups is null; from the offset,
   * at most limit of them (null: no limit).
   */
  List<HumanTask> findOpenTasksOf(
      @Param("groups") Collection<String> groups,
      @Param("username") String username,
      @Param("offset") int offset,
      @Param("limit") Integer limit);

  long countOpenTasksOf(
      @Param("groups") Collection<String> groups, @Param("username") String username);

  List<HumanTask> findTasksOfOrder(long orderId);

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
