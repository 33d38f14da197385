package io.mandi.process.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.mandi.admin.ProcessAdministration;
import io.mandi.admin.ProcessUpload;
import io.mandi.admin.worker.CamundaProcessModels;
import io.mandi.admin.worker.ProcessContracts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN model at start-up (the engine keeps a new version only if one changed): the
 * admin's latest upload of a process where there is one and this release did not change that
 * process's shipped file, else the shipped file. This happens after waiting for the engine to
 * answer, all within {@code mandi.startup.engine-timeout}. A busy machine gets the whole deadline
 * rather than the client's 10 s per request; an engine that never answers fails the start with the
 * reason instead of leaving a half-started application.
 */
@Component
@EnableConfigurationProperties(EngineStartProperties.class)
class ProcessDeployment {
  static final String MODELS = "classpath*:/bpmn/*.bpmn";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

  private final CamundaClient client;
  private final ProcessAdministration administration;
  private final Duration timeout;

  ProcessDeployment(
      CamundaClient client,
      ProcessAdministration administration,
      EngineStartProperties properties) {
    this.client = client;
    this.administration = administration;
    this.timeout = properties.engineTimeout();
  }

  @EventListener(ApplicationStartedEvent.class)
  void deploy() throws IOException, InterruptedException {
    Instant deadline = Clock.systemUTC().instant().plus(timeout);
    awaitEngine(deadline);
    Resource[] models = new PathMatchingResourcePatternResolver().getResources(MODELS);
    DeployResourceCommandStep1 command = client.newDeployResourceCommand();
    DeployResourceCommandStep2 withModels = null;
    for (Resource model : models) {
      try (InputStream content = model.getInputStream()) {
        byte[] shipped = content.readAllBytes();
        String fileName = model.getFilename();
        Optional<ProcessUpload> upload =
            ProcessContracts.processOfFile(fileName)
                .flatMap(
                    process ->
                        administration.uploadToRedeploy(
                            process, CamundaProcessModels.digest(shipped)));
        withModels =
            (withModels == null ? command : withModels)
                .addResourceBytes(
                    upload.map(ProcessUpload::content).orElse(shipped),
                    upload.map(ProcessUpload::fileName).orElse(fileName));
        upload.ifPresent(
            u ->
                log.info(
                    "Deploying {} as uploaded by {} on {} (not the shipped file)",
                    u.processId(),
                    u.uploadedBy(),
                    u.uploadedAt()));
      }
    }
    if (withModels == null) {
      throw new IllegalStateException("No BPMN models found at " + MODELS);
    }
    withModels.requestTimeout(remaining(deadline)).send().join();
    log.info("Deployed {} process models", models.length);
  }

  private void awaitEngine(Instant deadline) throws InterruptedException {
    RuntimeException last = null;
    while (Clock.systemUTC().instant().isBefore(deadline)) {
      try {
        client.newTopologyRequest().requestTimeout(remaining(deadline)).send().join();
        return;
      } catch (RuntimeException e) {
        last = e;
        Thread.sleep(POLL.toMillis()); // bounded by the deadline; the engine may still be starting
      }
    }
    throw new IllegalStateException(
        "The process engine did not answer within "
            + timeout
            + " (mandi.startup.engine-timeout)"
            + (last == null ? "" : ": " + last.getMessage()),
        last);
  }

  private static Duration remaining(Instant deadline) {
    Duration left = Duration.between(Clock.systemUTC().instant(), deadline);
    if (left.isNegative() || left.isZero()) {
      throw new IllegalStateException(
          "The process engine did not take the models within the start deadline"
              + " (mandi.startup.engine-timeout)");
    }
    return left;
  }
}
