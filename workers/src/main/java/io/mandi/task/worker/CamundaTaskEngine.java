package io.mandi.task.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import io.mandi.task.TaskEngine;
import io.mandi.task.TaskNoLongerActiveException;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Completes a job-worker user task by completing its job. */
@Component
class CamundaTaskEngine implements TaskEngine {
  private final CamundaClient client;

  CamundaTaskEngine(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void complete(long jobKey, Map<String, Object> variables) {
    try {
      client.newCompleteCommand(jobKey).variables(variables).send().join();
    } catch (ClientStatusException e) {
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new TaskNoLongerActiveException(
            "The process no longer waits for this task (its deadline may have passed)", e);
      }
      throw e;
    }
  }
}
