package io.mandi.recovery.worker;

import io.camunda.client.CamundaClient;
import io.mandi.recovery.JobFailure;
import io.mandi.recovery.JobRetrier;
import org.springframework.stereotype.Component;

/**
 * Retries a step the engine gave up on by modifying its process instance: the failed element
 * instance (and with it its incident) is terminated and the element activated again, which creates
 * a new job with its full retries. The step's worker is idempotent on the order, so running it
 * again repeats nothing that was done.
 */
@Component
class CamundaJobRetrier implements JobRetrier {
  private final CamundaClient client;

  CamundaJobRetrier(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void retry(JobFailure failure) {
    if (failure.elementInstanceKey() == null || failure.elementId() == null) {
      throw new IllegalStateException(
          "Job " + failure.jobKey() + " was recorded without its element; it cannot be retried");
    }
    client
        .newModifyProcessInstanceCommand(failure.processInstanceKey())
        .activateElement(failure.elementId())
        .and()
        .terminateElement(failure.elementInstanceKey())
        .send()
        .join();
  }
}
