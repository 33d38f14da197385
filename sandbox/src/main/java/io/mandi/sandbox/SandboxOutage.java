package io.mandi.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * A platform outage a sandbox can play: until it ends, every API call is answered 503, as a real
 * platform's load balancer does when the service behind it is down. Used to inject faults.
 */
public final class SandboxOutage {
  private volatile Instant until = Instant.MIN;

  /** Starts an outage that lasts the given time from now. */
  public void begin(Duration length) {
    until = Instant.now().plus(length);
  }

  public void end() {
    until = Instant.MIN;
  }

  public boolean active() {
    return Instant.now().isBefore(until);
  }
}
