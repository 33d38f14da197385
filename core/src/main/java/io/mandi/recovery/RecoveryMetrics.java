package io.mandi.recovery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Recovery's figures for Prometheus: cases detected, recovered automatically, escalated, the time
 * from detection to recovery, and, read from PostgreSQL at each scrape, open escalations and failed
 * outbox entries (so they are right after a restart too).
 */
@Component
public class RecoveryMetrics {
  private final Counter detected;
  private final Counter recovered;
  private final Counter escalated;
  private final Timer timeToRecover;

  RecoveryMetrics(MeterRegistry registry, RecoveryCaseMapper cases) {
    detected =
        Counter.builder("mandi.recovery.detected")
            .description("Recovery cases opened")
            .register(registry);
    recovered =
        Counter.builder("mandi.recovery.recovered")
            .description("Cases remedied automatically")
            .register(registry);
    escalated =
        Counter.builder("mandi.recovery.escalated")
            .description("Cases handed to operations")
            .register(registry);
    timeToRecover =
        Timer.builder("mandi.recovery.time.to.recover")
            .description("From detection to automatic recovery")
            .register(registry);
    Gauge.builder("mandi.recovery.open.escalations", cases, RecoveryCaseMapper::countEscalated)
        .description("Cases waiting for operations")
        .register(registry);
    Gauge.builder("mandi.outbox.failed.entries", cases, RecoveryCaseMapper::countFailingOutbox)
        .description("Outbox entries refused or failing")
        .register(registry);
  }

  void detected(int cases) {
    detected.increment(cases);
  }

  void recovered(Duration took) {
    recovered.increment();
    timeToRecover.record(took);
  }

  void escalated() {
    escalated.increment();
  }
}
