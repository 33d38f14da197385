package io.mandi.sandbox;

import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.payment.sandbox.RazorpaySandbox;
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

  @Bean(destroyMethod = "close")
  RazorpaySandbox razorpaySandbox(
      @Value("${mandi.sandbox.payment-gateway.port}") int port,
      @Value("${mandi.payment-gateway.key-id}") String keyId,
      @Value("${mandi.payment-gateway.key-secret}") String keySecret,
      @Value("${mandi.payment-gateway.webhook-secret}") String webhookSecret,
      @Value("${mandi.sandbox.payment-gateway.webhook-url}") String webhookUrl)
      throws IOException {
    return new RazorpaySandbox(port, keyId, keySecret, webhookSecret, webhookUrl).start();
  }

  @Bean(destroyMethod = "close")
  LogisticsSandbox logisticsSandbox(
      @Value("${mandi.sandbox.logistics.port}") int port,
      @Value("${mandi.logistics.api-token}") String token,
      @Value("${mandi.logistics.webhook-secret}") String webhookSecret,
      @Value("${mandi.sandbox.logistics.webhook-url}") String webhookUrl)
      throws IOException {
    return new LogisticsSandbox(port, token, webhookSecret, webhookUrl).start();
  }
}
