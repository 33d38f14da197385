package io.mandi.recovery;

import java.time.Instant;

/** One failed attempt of a job; {@code retriesLeft == 0} means the engine gave up on it. */
public record JobFailure(
    long jobKey,
    String jobType,
    long processInstanceKey,
    String elementId,
    Long elementInstanceKey,
    String engineRun,
    Long orderId,
    int retriesLeft,
    String error,
    Instant failedAt) {

  public boolean last() {
    return retriesLeft <= 0;
  }
}
