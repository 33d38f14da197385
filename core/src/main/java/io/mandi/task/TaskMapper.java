package io.mandi.task;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface TaskMapper {

  /** Inserts the task, or refreshes the job key if the engine handed the same task out again. */
  void upsert(NewTask task);

  HumanTask findTask(long taskId);

  List<HumanTask> findOpenTasks(
      @Param("groups") Collection<String> groups, @Param("username") String username);

  List<HumanTask> findAllOpenTasks();

  List<HumanTask> findTasksOfOrder(long orderId);

  /** Closes the task if it still has status {@code from}; returns rows changed (0 or 1). */
  int close(
      @Param("taskId") long taskId,
      @Param("from") TaskStatus from,
      @Param("status") TaskStatus status,
      @Param("by") String by,
      @Param("at") Instant at,
      @Param("outcome") TaskOutcome outcome,
      @Param("comment") String comment);

  int cancelOpenTasksOfOrder(
      @Param("orderId") long orderId,
      @Param("kind") TaskKind kind,
      @Param("at") Instant at,
      @Param("reason") String reason);
}
