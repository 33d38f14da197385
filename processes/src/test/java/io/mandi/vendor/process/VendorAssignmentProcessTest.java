package io.mandi.vendor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** vendor-assignment alone on the real engine; the test plays the workers, vendors and ops. */
@ZeebeProcessTest
class VendorAssignmentProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(VendorAssignmentProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aRefusalOffersTheOrderToTheNextVendorWhoAccepts() throws Exception {
    ProcessInstanceEvent instance = start(1L);
    ActivatedJob first = offer(null, 1, "seller-1");
    refuse(first, "No capacity this week");

    ActivatedJob second = offer(1, 2, "seller-2");
    assertThat(second.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"seller-2\"]");
    play.complete(second, Map.of("outcome", "ACCEPT", "decidedBy", "seller2"));
    ActivatedJob record = play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(record.getVariablesAsMap()).containsEntry("answer", "ACCEPTED");
    play.complete(record, Map.of("vendorAssigned", true));

    BpmnAssert.assertThat(instance)
        .hasPassedElement("Task_RecordRefusal")
        .hasPassedElement("EndEvent_VendorAssigned")
        .hasNotPassedElement(VendorAssignmentProcess.USER_TASK_PICK_VENDOR)
        .isCompleted()
        .hasVariableWithValue("vendorAssigned", true);
  }

  @Test
  void aVendorSilentPastItsSlaIsSkippedForTheNext() throws Exception {
    ProcessInstanceEvent instance = start(2L);
    ActivatedJob first = offer(null, 1, "seller-1");

    play.passTime(Duration.ofHours(24).plusMinutes(1));
    ActivatedJob timeout = play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(timeout.getVariablesAsMap()).containsEntry("answer", "TIMED_OUT");
    play.complete(timeout, Map.of("vendorAssigned", false));
    offer(1, 2, "seller-2");

    BpmnAssert.assertThat(instance).hasPassedElement("Timer_VendorSla").isActive();
    assertThatThrownBy(() -> client.newCompleteCommand(first.getKey()).send().join())
        .as("the silent vendor's task is gone")
        .hasMessageContaining("NOT_FOUND");
  }

  @Test
  void afterNRefusalsOperationsPickAVendor() throws Exception {
    ProcessInstanceEvent instance = start(3L);
    refuse(offer(null, 1, "seller-1"), "No stock");
    refuse(offer(1, 2, "seller-2"), "Too far");
    refuse(offer(2, 3, "seller-3"), "Price too low");

    ActivatedJob pick = play.activate(UserTasks.JOB_TYPE);
    assertThat(pick.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_PICK_VENDOR);
    assertThat(pick.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_CANDIDATE_GROUPS, "[\"ops\"]")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    play.complete(
        pick,
        Map.of(
            "outcome", "ASSIGN", "chosenSellerId", 2, "decidedBy", "ops1", "decisionComment", ""));
    ActivatedJob assign = play.activate(VendorAssignmentProcess.JOB_ASSIGN_BY_OPS);
    assertThat(assign.getVariablesAsMap()).containsEntry("chosenSellerId", 2);
    play.complete(assign, Map.of("vendorAssigned", true, "sellerGroup", "seller-2"));

    BpmnAssert.assertThat(instance)
        .hasPassedElement("EndEvent_VendorAssigned")
        .isCompleted()
        .hasVariableWithValue("vendorAssigned", true);
  }

  private ProcessInstanceEvent start(long orderId) throws Exception {
    ProcessInstanceEvent instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(VendorAssignmentProcess.PROCESS_ID)
            .latestVersion()
            .variables(Map.of("orderId", orderId, "acceptanceSla", "PT24H"))
            .send()
            .join();
    play.idle();
    return instance;
  }

  /** Plays the ranking worker for a round and returns the chosen vendor's task. */
  private ActivatedJob offer(Integer previousRound, int round, String sellerGroup)
      throws Exception {
    ActivatedJob job = play.activate(VendorAssignmentProcess.JOB_OFFER_NEXT);
    assertThat(job.getVariablesAsMap().get("round")).isEqualTo(previousRound);
    Map<String, Object> result = new HashMap<>();
    result.put("round", round);
    result.put("maxVendorRounds", 3);
    result.put("vendorFound", true);
    result.put("vendorAssigned", false);
    result.put("sellerGroup", sellerGroup);
    result.put("vendorEscalationSla", "PT4H");
    result.put("offeredAt", play.now());
    play.complete(job, result);
    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId()).isEqualTo(VendorAssignmentProcess.USER_TASK_VENDOR_ACCEPTANCE);
    return task;
  }

  private void refuse(ActivatedJob task, String reason) throws Exception {
    play.complete(
        task, Map.of("outcome", "REFUSE", "decisionComment", reason, "decidedBy", "seller"));
    ActivatedJob record = play.activate(VendorAssignmentProcess.JOB_RECORD_ANSWER);
    assertThat(record.getVariablesAsMap())
        .containsEntry("answer", "REFUSED")
        .containsEntry("decisionComment", reason);
    play.complete(record, Map.of("vendorAssigned", false));
  }
}
