package io.mandi.process.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/** A start waits for the engine no longer than its deadline, then fails with the reason. */
class ProcessDeploymentTest {

  @Test
  void anEngineThatNeverAnswersFailsTheStartAtTheDeadlineWithTheReason() {
    int nobody = TestSocketUtils.findAvailableTcpPort();
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .grpcAddress(URI.create("http://127.0.0.1:" + nobody))
            .restAddress(URI.create("http://127.0.0.1:" + nobody))
            .preferRestOverGrpc(false)
            .build()) {
      // uploaded models are looked up only once the engine answered: none is needed here
      ProcessDeployment deployment =
          new ProcessDeployment(client, null, new EngineStartProperties(Duration.ofSeconds(2)));
      Instant started = Instant.now();

      assertThatThrownBy(deployment::deploy)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("did not answer within PT2S")
          .hasMessageContaining("mandi.startup.engine-timeout");
      assertThat(Duration.between(started, Instant.now()))
          .as("it kept asking until its deadline")
          .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }
  }
}
