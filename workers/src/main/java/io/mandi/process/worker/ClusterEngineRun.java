package io.mandi.process.worker;

import io.mandi.task.EngineRun;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A cluster never hands out a key twice: all its keys belong to one run. */
@Configuration
@ConditionalOnProperty(name = "mandi.engine", havingValue = "cluster", matchIfMissing = true)
class ClusterEngineRun {

  @Bean
  EngineRun engineRun() {
    return EngineRun.CLUSTER;
  }
}
