package io.mandi.task;

import java.util.Map;

/** Port: tells the process engine that a human task is done (implemented by workers). */
public interface TaskEngine {

  /**
   * Completes the engine's job behind the task.
   *
   * @throws TaskNoLongerActiveException when the engine no longer waits for this task
   */
  void complete(long jobKey, Map<String, Object> variables);
}
