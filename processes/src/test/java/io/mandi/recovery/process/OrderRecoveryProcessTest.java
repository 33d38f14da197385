package io.mandi.recovery.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * order-recovery on the real engine: it sweeps at start and on its timer, chooses and applies a
 * remedy per case, and gives operations a task only for a case recovery could not fix.
 */
@ZeebeProcessTest
class OrderRecoveryProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(OrderRecoveryProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void eachCaseGetsARemedyAndOnlyTheOneRecoveryCouldNotFixGoesToOperations() throws Exception {
    play.publish(OrderRecoveryProcess.MESSAGE_RECOVERY_REQUESTED, "", Map.of());
    play.complete(
        play.activate(OrderRecoveryProcess.JOB_FIND_CASES),
        Map.of(OrderRecoveryProcess.VARIABLE_CASE_IDS, List.of(11, 12)));

    for (int i = 0; i < 2; i++) {
      ActivatedJob choose = play.activate(OrderRecoveryProcess.JOB_CHOOSE_REMEDY);
      play.complete(choose, Map.of("remedy", "RETRY"));
    }
    for (int i = 0; i < 2; i++) {
      ActivatedJob apply = play.activate(OrderRecoveryProcess.JOB_APPLY_REMEDY);
      int caseId = ((Number) apply.getVariablesAsMap().get("caseId")).intValue();
      Map<String, Object> outcome = new HashMap<>();
      outcome.put(OrderRecoveryProcess.VARIABLE_NEEDS_PERSON, caseId == 12);
      outcome.put("orderId", caseId == 12 ? 7 : null);
      play.complete(apply, outcome);
    }

    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(OrderRecoveryProcess.USER_TASK_RESOLVE_CASE);
    assertThat(task.getCustomHeaders()).containsEntry(UserTasks.HEADER_TASK_KIND, "RECOVERY_CASE");
    assertThat(task.getVariablesAsMap())
        .as("the task belongs to the case's order, kept apart from the other case's")
        .containsEntry("orderId", 7)
        .containsEntry("caseId", 12);
    assertThat(jobs(UserTasks.JOB_TYPE)).as("one task only").isEmpty();
  }

  @Test
  void theTimerSweepsAgainEveryInterval() throws Exception {
    assertThat(jobs(OrderRecoveryProcess.JOB_FIND_CASES)).as("before the interval").isEmpty();
    play.passTime(Duration.ofMinutes(5));
    play.complete(
        play.activate(OrderRecoveryProcess.JOB_FIND_CASES),
        Map.of(OrderRecoveryProcess.VARIABLE_CASE_IDS, List.of()));
    play.passTime(Duration.ofMinutes(5));
    play.activate(OrderRecoveryProcess.JOB_FIND_CASES);
  }

  private List<ActivatedJob> jobs(String type) {
    return client
        .newActivateJobsCommand()
        .jobType(type)
        .maxJobsToActivate(5)
        .send()
        .join()
        .getJobs();
  }
}
