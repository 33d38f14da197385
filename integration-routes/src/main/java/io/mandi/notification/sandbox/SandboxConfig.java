package io.mandi.notification.sandbox;

import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the sandbox simulators when the embedded profile asks for them. */
@Configuration
@ConditionalOnProperty(name = "mandi.sandbox.enabled", havingValue = "true")
class SandboxConfig {

  @Bean(destroyMethod = "close")
  WhatsAppSandbox whatsAppSandbox(
      @Value("${mandi.sandbox.whatsapp.port}") int port,
      @Value("${mandi.whatsapp.access-token}") String accessToken)
      throws IOException {
    return new WhatsAppSandbox(port, accessToken).start();
  }
}
