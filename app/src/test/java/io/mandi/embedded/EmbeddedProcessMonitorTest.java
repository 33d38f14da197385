package io.mandi.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.engine.RocksDbEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import io.mandi.admin.DeployedProcess;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/** The admin page's counts on the embedded engine itself, with nothing else running on it. */
class EmbeddedProcessMonitorTest {
  private RocksDbEngine engine;
  private ZeebeClient client;
  private EmbeddedProcessMonitor monitor;

  @BeforeEach
  void start() {
    engine = RocksDbEngineFactory.create(TestSocketUtils.findAvailableTcpPort());
    engine.start();
    client = engine.createClient();
    monitor = new EmbeddedProcessMonitor(engine.newLogReader());
  }

  @AfterEach
  void stop() {
    client.close();
    engine.stop();
  }

  @Test
  void countsRunningInstancesPerDeployedVersionAndReadsEachEventOnce() throws Exception {
    long key = deployWaitingProcess();
    startWaiting("a");
    startWaiting("b");

    assertThat(monitor.deployedProcesses())
        .containsExactly(new DeployedProcess("waiting", 1, key, 2));
    assertThat(monitor.deployedProcesses())
        .as("a second reading counts nothing twice")
        .extracting(DeployedProcess::runningInstances)
        .containsExactly(2L);

    client.newPublishMessageCommand().messageName("go").correlationKey("a").send().join();
    engine.waitForIdleState(Duration.ofSeconds(5));
    assertThat(monitor.deployedProcesses())
        .extracting(DeployedProcess::runningInstances)
        .containsExactly(1L);
  }

  @Test
  void trimmingTheLogKeepsTheCountsAndTheEngineWorking() throws Exception {
    long key = deployWaitingProcess();
    for (int i = 0; i < 20; i++) {
      startWaiting("done-" + i);
      client.newPublishMessageCommand().messageName("go").correlationKey("done-" + i).send().join();
    }
    startWaiting("open");
    engine.waitForIdleState(Duration.ofSeconds(5));
    int before = engine.logBlocks();

    int dropped = new EngineLogTrimmer(engine, monitor).trimNow();

    assertThat(dropped).as("finished work is dropped from the log").isPositive();
    assertThat(engine.logBlocks()).isEqualTo(before - dropped);
    client.newPublishMessageCommand().messageName("go").correlationKey("open").send().join();
    startWaiting("after");
    assertThat(monitor.deployedProcesses())
        .as("the instance that waited across the trim completed; the new one waits")
        .containsExactly(new DeployedProcess("waiting", 1, key, 1));
  }

  private long deployWaitingProcess() throws Exception {
    long key =
        client
            .newDeployResourceCommand()
            .addProcessModel(waitingProcess(), "waiting.bpmn")
            .send()
            .join()
            .getProcesses()
            .getFirst()
            .getProcessDefinitionKey();
    engine.waitForIdleState(Duration.ofSeconds(5));
    return key;
  }

  private static BpmnModelInstance waitingProcess() {
    return Bpmn.createExecutableProcess("waiting")
        .startEvent()
        .intermediateCatchEvent("Wait")
        .message(message -> message.name("go").zeebeCorrelationKeyExpression("key"))
        .endEvent()
        .done();
  }

  private void startWaiting(String key) throws Exception {
    client
        .newCreateInstanceCommand()
        .bpmnProcessId("waiting")
        .latestVersion()
        .variables(Map.of("key", key))
        .send()
        .join();
    engine.waitForIdleState(Duration.ofSeconds(5));
  }
}
