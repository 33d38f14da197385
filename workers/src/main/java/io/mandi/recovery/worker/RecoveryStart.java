package io.mandi.recovery.worker;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.TimeCycle;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.mandi.recovery.process.OrderRecoveryProcess;
import io.mandi.settings.MandiSettings;
import io.mandi.task.EngineRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Sweeps once as soon as the application is up (so orders lost with an earlier embedded engine run
 * are re-created at start), and gives order-recovery's timer the configured interval: the model is
 * deployed with 5 minutes, and another interval is deployed as a new version of the same model,
 * whose timer start event replaces the old one.
 */
@Component
class RecoveryStart {
  static final Duration MODEL_INTERVAL = Duration.ofMinutes(5);
  private static final Logger log = LoggerFactory.getLogger(RecoveryStart.class);

  private final CamundaClient client;
  private final Duration interval;
  private final EngineRun run;

  RecoveryStart(CamundaClient client, MandiSettings settings, EngineRun run) {
    this.client = client;
    this.interval = settings.recovery().interval();
    this.run = run;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (!interval.equals(MODEL_INTERVAL)) {
      client
          .newDeployResourceCommand()
          .addProcessModel(withInterval(interval), "order-recovery.bpmn")
          .send()
          .join();
    }
    client
        .newPublishMessageCommand()
        .messageName(OrderRecoveryProcess.MESSAGE_RECOVERY_REQUESTED)
        .correlationKey("")
        .messageId("start-" + run.id())
        .send()
        .join();
    log.info("Order recovery sweeps now and every {}", interval);
  }

  static BpmnModelInstance withInterval(Duration interval) {
    try (InputStream model =
        new ClassPathResource(OrderRecoveryProcess.RESOURCE).getInputStream()) {
      BpmnModelInstance instance = Bpmn.readModelFromStream(model);
      TimerEventDefinition timer = instance.getModelElementById(OrderRecoveryProcess.TIMER_START);
      TimeCycle cycle = timer.getTimeCycle();
      cycle.setTextContent("R/" + interval);
      return instance;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + OrderRecoveryProcess.RESOURCE, e);
    }
  }
}
