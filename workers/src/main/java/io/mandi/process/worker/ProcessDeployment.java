package io.mandi.process.worker;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN model at start-up (the engine keeps a new version only if one changed), after
 * waiting for the engine to answer, all within {@code mandi.startup.engine-timeout}. A busy machine
 * gets the whole deadline rather than the client's 10 s per request; an engine that never answers
 * fails the start with the reason instead of leaving a half-started application.
 */
@Component
@EnableConfigurationProperties(EngineStartProperties.class)
class ProcessDeployment {
  static final String MODELS = "classpath*:/bpmn/*.bpmn";
  private static final Duration POLL = Duration.ofMillis(500);
  private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);

  private final CamundaClient client;
  private final Duration timeout;

  ProcessDeployment(CamundaClient client, EngineStartProperties properties) {
    this.client = client;
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
        withModels =
            (withModels == null ? command : withModels)
                .addResourceBytes(content.readAllBytes(), model.getFilename());
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
