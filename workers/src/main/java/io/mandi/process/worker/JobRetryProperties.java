package io.mandi.process.worker;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Back-off between the attempts of a job that failed for a technical reason: the first wait,
 * doubling after each failure up to the longest wait. Job types may set their own.
 *
 * @param firstBackoff the wait after the first failure
 * @param maxBackoff the longest wait
 * @param types per job type, e.g. {@code mandi.jobs.types.escrow-transfer-on-hold.first-backoff}
 */
@Validated
@ConfigurationProperties("mandi.jobs")
public record JobRetryProperties(
    @NotNull @DefaultValue("PT1S") Duration firstBackoff,
    @NotNull @DefaultValue("PT5M") Duration maxBackoff,
    @DefaultValue Map<String, TypeBackoff> types) {

  public record TypeBackoff(Duration firstBackoff, Duration maxBackoff) {}

  /** The wait after the {@code attempt}-th failure (1-based) of a job of this type. */
  public Duration backoff(String jobType, int attempt) {
    TypeBackoff own = types == null ? null : types.get(jobType);
    Duration first = own != null && own.firstBackoff() != null ? own.firstBackoff() : firstBackoff;
    Duration max = own != null && own.maxBackoff() != null ? own.maxBackoff() : maxBackoff;
    Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    return wait.compareTo(max) > 0 ? max : wait;
  }
}
