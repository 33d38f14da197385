package io.mandi.sandbox;

import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.payment.sandbox.RazorpaySandbox;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the sandbox simulators when the embedded profile asks for them. */
@Configuration
@ConditionalOnProperty(name = "mandi.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxSettings.class)
class SandboxConfig {

  /** With the application's database the simulators remember across restarts, as platforms do. */
  private static SandboxStore store(ObjectProvider<DataSource> dataSource, String platform) {
    DataSource database = dataSource.getIfAvailable();
    return database == null ? SandboxStore.inMemory() : new JdbcSandboxStore(database, platform);
  }

  @Bean(destroyMethod = "close")
  WhatsAppSandbox whatsAppSandbox(SandboxSettings settings, ObjectProvider<DataSource> dataSource)
      throws IOException {
    return new WhatsAppSandbox(
            settings.sandbox().whatsapp().port(),
            settings.whatsapp().accessToken(),
            store(dataSource, "whatsapp"))
        .start();
  }

  @Bean(destroyMethod = "close")
  RazorpaySandbox razorpaySandbox(SandboxSettings settings, ObjectProvider<DataSource> dataSource)
      throws IOException {
    SandboxSettings.Gateway gateway = settings.paymentGateway();
    SandboxSettings.Server server = settings.sandbox().paymentGateway();
    return new RazorpaySandbox(
            server.port(),
            gateway.keyId(),
            gateway.keySecret(),
            gateway.webhookSecret(),
            server.webhookUrl(),
            store(dataSource, "payment-gateway"))
        .start();
  }

  @Bean(destroyMethod = "close")
  LogisticsSandbox logisticsSandbox(SandboxSettings settings, ObjectProvider<DataSource> dataSource)
      throws IOException {
    SandboxSettings.Server server = settings.sandbox().logistics();
    return new LogisticsSandbox(
            server.port(),
            settings.logistics().apiToken(),
            settings.logistics().webhookSecret(),
            server.webhookUrl(),
            store(dataSource, "logistics"))
        .start();
  }
}
