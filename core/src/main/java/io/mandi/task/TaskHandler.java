package io.mandi.task;

import io.mandi.account.Actor;
import java.util.List;

/**
 * A capability's kind of human task: what it is, what happens when the engine opens one, and how a
 * decision is taken. {@link #decide} validates the input, commits the business decision and
 * completes the task through {@link TaskInboxService#completeChecked} in the same transaction, so
 * the engine hears of it only after commit.
 */
public interface TaskHandler {

  TaskKind kind();

  /** Runs in the transaction that records a new task, e.g. to move the order to its next status. */
  default void opened(HumanTask task) {}

  /** The values a person may pick for a choice field of this kind. */
  default List<TaskChoice> choices(Actor actor, HumanTask task, String field) {
    return List.of();
  }

  void decide(Actor actor, HumanTask task, TaskInput input);
}
