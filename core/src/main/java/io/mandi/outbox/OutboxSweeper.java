package io.mandi.outbox;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Periodically sends what the after-commit relay could not (engine down, crash, restart). */
@Component
class OutboxSweeper {
  private final OutboxRelay relay;

  OutboxSweeper(OutboxRelay relay) {
    this.relay = relay;
  }

  @Scheduled(
      fixedDelayString = "${mandi.outbox.sweep-interval:PT5S}",
      initialDelayString = "${mandi.outbox.sweep-interval:PT5S}")
  void sweepOnSchedule() {
    relay.sweep();
  }
}
