package io.mandi.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Plays the workers and the senders of messages against a test engine. Every call waits until the
 * engine is idle, so the next assertion sees the model's reaction.
 */
public final class EngineDriver {
  private static final Duration IDLE_WAIT = Duration.ofSeconds(5);

  private final ZeebeClient client;
  private final ZeebeTestEngine engine;
  private Duration timePassed = Duration.ZERO;

  public EngineDriver(ZeebeClient client, ZeebeTestEngine engine) {
    this.client = client;
    this.engine = engine;
  }

  /** The one job of this type the engine has open; fails the test if there is none. */
  public ActivatedJob activate(String jobType) {
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(jobType)
            .maxJobsToActivate(1)
            .send()
            .join()
            .getJobs();
    assertThat(jobs).as("an activatable job of type %s", jobType).hasSize(1);
    return jobs.getFirst();
  }

  public void complete(ActivatedJob job, Map<String, Object> variables) throws Exception {
    client.newCompleteCommand(job.getKey()).variables(variables).send().join();
    idle();
  }

  public void publish(String message, String correlationKey, Map<String, Object> variables)
      throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(message)
        .correlationKey(correlationKey)
        .variables(variables)
        .send()
        .join();
    idle();
  }

  /** Moves the engine's clock, then waits for the timers that fell due. */
  public void passTime(Duration duration) throws Exception {
    engine.increaseTime(duration);
    timePassed = timePassed.plus(duration);
    idle();
  }

  /**
   * The engine's clock as an ISO instant, as workers report when a window started. The test
   * engine's clock is the system clock moved by every {@link #passTime}; it only ever runs ahead of
   * this reading, so a window started "now" never ends early.
   */
  public String now() {
    return Instant.now().plus(timePassed).toString();
  }

  public void idle() throws Exception {
    engine.waitForIdleState(IDLE_WAIT);
  }
}
