package io.mandi.rfq.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.mandi.process.EngineDriver;
import io.mandi.process.UserTasks;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** rfq-discount-approval on the real engine: one operations task per quote, then done. */
@ZeebeProcessTest
class RfqDiscountApprovalProcessTest {
  ZeebeTestEngine engine;
  ZeebeClient client;
  EngineDriver play;

  @BeforeEach
  void deploy() {
    play = new EngineDriver(client, engine);
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath(RfqDiscountApprovalProcess.RESOURCE)
        .send()
        .join();
  }

  @Test
  void aDeepDiscountBecomesOneOperationsTaskAboutItsQuote() throws Exception {
    client
        .newPublishMessageCommand()
        .messageName(RfqDiscountApprovalProcess.MESSAGE_APPROVAL_NEEDED)
        .correlationKey("77")
        .messageId("approval-77")
        .variables(Map.of("rfqId", 5, "quoteId", 77))
        .send()
        .join();
    play.idle();

    ActivatedJob task = play.activate(UserTasks.JOB_TYPE);
    assertThat(task.getElementId())
        .isEqualTo(RfqDiscountApprovalProcess.USER_TASK_APPROVE_DISCOUNT);
    assertThat(task.getCustomHeaders())
        .containsEntry(UserTasks.HEADER_TASK_KIND, "RFQ_DISCOUNT_APPROVAL")
        .containsKey(UserTasks.HEADER_DUE_DATE);
    assertThat(task.getVariablesAsMap()).containsEntry("rfqId", 5).containsEntry("quoteId", 77);
    play.complete(task, Map.of("outcome", "APPROVE"));

    BpmnAssert.assertThat(new InspectedProcessInstance(task.getProcessInstanceKey()))
        .hasPassedElement("EndEvent_Decided")
        .isCompleted();
  }
}
