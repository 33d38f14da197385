package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.mandi.payment.process.EscrowFundingProcess;
import io.mandi.recovery.JobFailure;
import io.mandi.recovery.JobFailureLog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real worker fails for a technical reason (here: the transfer job for an order with no payment
 * held): each attempt is recorded in PostgreSQL with the retries left, the engine is told to wait
 * the configured back-off before the next one, and the last attempt is recorded as last.
 */
class JobFailureTest extends MandiAppTest {
  static final long NO_SUCH_ORDER = 987_654_321L;

  @Autowired CamundaClient client;
  @Autowired ZeebeTestEngine engine;
  @Autowired JobFailureLog jobFailures;

  @Test
  void aFailingJobIsRecordedWithBackOffAndItsLastAttemptIsMarkedLast() throws Exception {
    String processId = "job-failure-probe";
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask(
                    "Task_Transfer",
                    task ->
                        task.zeebeJobType(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD)
                            .zeebeJobRetries("2"))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(Map.of("orderId", NO_SUCH_ORDER))
            .send()
            .join()
            .getProcessInstanceKey();

    List<JobFailure> first =
        await("the first failed attempt recorded")
            .atMost(Duration.ofSeconds(30))
            .until(() -> jobFailures.ofOrder(NO_SUCH_ORDER), failures -> !failures.isEmpty());
    assertThat(first.getFirst().jobType()).isEqualTo(EscrowFundingProcess.JOB_TRANSFER_ON_HOLD);
    assertThat(first.getFirst().retriesLeft()).isEqualTo(1);
    assertThat(first.getFirst().last()).isFalse();
    assertThat(first.getFirst().error()).contains("has no payment held in escrow");
    assertThat(failedJobBackoffs(instance))
        .as("the engine waits the first back-off")
        .contains(1000L);

    engine.increaseTime(Duration.ofSeconds(1)); // the back-off passes on the engine's clock

    assertThat(first.getFirst().processInstanceKey()).isEqualTo(instance);
    List<JobFailure> both =
        await("the last failed attempt recorded")
            .atMost(Duration.ofSeconds(30))
            .until(() -> jobFailures.ofOrder(NO_SUCH_ORDER), failures -> failures.size() == 2);
    assertThat(both).anySatisfy(failure -> assertThat(failure.last()).isTrue());
  }

  private List<Long> failedJobBackoffs(long instance) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.FAILED)
        .map(r -> (JobRecordValue) r.getValue())
        .filter(job -> job.getProcessInstanceKey() == instance)
        .map(JobRecordValue::getRetryBackoff)
        .toList();
  }
}
