package io.mandi.embedded;

import io.camunda.zeebe.process.test.engine.RocksDbEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the embedded engine's in-memory log bounded (ADR 0007): every few seconds the instance
 * tally reads what is new, then the log drops what both it and the engine have passed. Memory then
 * holds the work in flight, not the history of every order.
 */
class EngineLogTrimmer {
  private static final Logger log = LoggerFactory.getLogger(EngineLogTrimmer.class);

  private final RocksDbEngine engine;
  private final EmbeddedProcessMonitor monitor;

  EngineLogTrimmer(RocksDbEngine engine, EmbeddedProcessMonitor monitor) {
    this.engine = engine;
    this.monitor = monitor;
  }

  @Scheduled(
      initialDelayString = "${mandi.embedded.engine.log-trim-interval:PT10S}",
      fixedDelayString = "${mandi.embedded.engine.log-trim-interval:PT10S}")
  void trim() {
    trimNow();
  }

  /** Drops what the tally and the engine have both passed; returns the blocks dropped. */
  int trimNow() {
    int dropped = engine.trimLogBelow(monitor.catchUp());
    if (dropped > 0) {
      log.debug("Dropped {} engine log blocks; {} kept", dropped, engine.logBlocks());
    }
    return dropped;
  }
}
