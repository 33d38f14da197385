package io.mandi.embedded;

import io.camunda.zeebe.process.test.engine.RocksDbEngine;
import io.camunda.zeebe.process.test.engine.RocksDbEngineFactory;
import io.mandi.task.EngineRun;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * Runs the real Zeebe engine inside the application. It must be up before the Camunda client, which
 * deploys the models as soon as it exists.
 */
@Configuration
@Profile("embedded")
class EmbeddedEngineConfig {
  static final String ENGINE_BEAN = "embeddedZeebeEngine";

  @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
  RocksDbEngine embeddedZeebeEngine(@Value("${mandi.embedded.engine.port}") int port) {
    RocksDbEngine engine = RocksDbEngineFactory.create(port);
    engine.start();
    return engine;
  }

  @Bean
  static BeanFactoryPostProcessor startEngineBeforeClients() {
    return beanFactory ->
        Stream.of("camundaClient", "zeebeClient")
            .filter(beanFactory::containsBeanDefinition)
            .map(beanFactory::getBeanDefinition)
            .forEach(EmbeddedEngineConfig::dependOnEngine);
  }

  private static void dependOnEngine(BeanDefinition client) {
    String[] existing = client.getDependsOn() == null ? new String[0] : client.getDependsOn();
    String[] dependsOn = Arrays.copyOf(existing, existing.length + 1);
    dependsOn[existing.length] = ENGINE_BEAN;
    client.setDependsOn(dependsOn);
  }

  /**
   * In the embedded mode the application keeps the engine's time: timers are due at instants the
   * application records (a vendor's offer, a delivery), so moving the engine's clock (tests do)
   * must move the business clock with it.
   */
  @Bean
  @Primary
  Clock engineClock(RocksDbEngine engine) {
    return new EngineClock(engine);
  }

  /** A UTC clock that reads the embedded engine's time. */
  static final class EngineClock extends Clock {
    private final RocksDbEngine engine;

    EngineClock(RocksDbEngine engine) {
      this.engine = engine;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("The engine's clock is UTC");
    }

    @Override
    public Instant instant() {
      return engine.currentTime();
    }
  }

  /** Every start of the embedded engine is a new run: it hands out the same keys again. */
  @Bean
  EngineRun engineRun() {
    return new EngineRun(UUID.randomUUID().toString());
  }

  @Bean
  EmbeddedProcessMonitor embeddedProcessMonitor(RocksDbEngine engine) {
    return new EmbeddedProcessMonitor(engine.newLogReader());
  }

  @Bean
  EngineLogTrimmer engineLogTrimmer(RocksDbEngine engine, EmbeddedProcessMonitor monitor) {
    return new EngineLogTrimmer(engine, monitor);
  }
}
