package io.mandi.task.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.process.EngineDriver;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** task-escalation on the real engine: its timer runs on the engine's clock and says the time. */
@ZeebeProcessTest
class TaskEscalationProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(TaskEscalationProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void everyFiveMinutesOfEngineTimeItAsksToEscalateAsOfTheEnginesNow() throws Exception {
    Instant before = Instant.now();
    play.passTime(Duration.ofHours(3));
    ActivatedJob job = play.activate(TaskEscalationProcess.JOB_ESCALATE_OVERDUE);
    Instant asOf =
        TaskEscalationProcess.asOf(
            (String) job.getVariablesAsMap().get(TaskEscalationProcess.VARIABLE_AS_OF));
    assertThat(asOf)
        .as("the engine's moved clock, not the wall clock")
        .isAfterOrEqualTo(before.plus(Duration.ofHours(3)))
        .isBeforeOrEqualTo(Instant.parse(play.now()));
    play.complete(job, Map.of());
  }

  @Test
  void readsTheWaysFeelPrintsATime() {
    Instant expected = Instant.parse("2026-12-02T11:30:00Z");
    assertThat(TaskEscalationProcess.asOf("2026-12-02T11:30:00Z")).isEqualTo(expected);
    assertThat(TaskEscalationProcess.asOf("2026-12-02T17:00:00+05:30")).isEqualTo(expected);
    assertThat(TaskEscalationProcess.asOf("2026-12-02T17:00:00+05:30@Asia/Kolkata"))
        .isEqualTo(expected);
    assertThat(TaskEscalationProcess.asOf("2026-12-02T17:00:00@Asia/Kolkata")).isEqualTo(expected);
    assertThat(TaskEscalationProcess.asOf("2026-12-02T11:30:00Z[Etc/UTC]")).isEqualTo(expected);
    assertThatThrownBy(() -> TaskEscalationProcess.asOf(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
