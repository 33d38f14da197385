package io.mandi.outbox;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay retries.
 *
 * @param sweepInterval how often the sweep looks for entries the relay could not send
 * @param grace how old an entry must be before the sweep takes it (the relay sends fresh ones)
 * @param firstRetry the wait after the first failed delivery; it doubles after each failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long one delivery attempt owns an entry
 */
@Validated
@ConfigurationProperties("mandi.outbox")
public record OutboxProperties(
    @NotNull @DefaultValue("PT5S") Duration sweepInterval,
    @NotNull @DefaultValue("PT2S") Duration grace,
    @NotNull @DefaultValue("PT1S") Duration firstRetry,
    @NotNull @DefaultValue("PT5M") Duration maxRetryDelay,
    @NotNull @DefaultValue("PT30S") Duration claimTimeout) {

  /** The wait after {@code attempts} failed deliveries: first retry, doubling, capped. */
  Duration retryDelay(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 20);
    Duration delay = firstRetry.multipliedBy(1L << doublings);
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
