package io.mandi.durations;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The durations of one order, each with the rule that set it.
 *
 * @param rulesVersion the version of the durations rules that decided, e.g. "durations v2"
 */
public record OrderDurations(
    Map<Deadline, Duration> durations, Map<Deadline, String> decidedBy, String rulesVersion) {

  public OrderDurations {
    for (Deadline deadline : Deadline.values()) {
      Duration duration = durations.get(deadline);
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalStateException(
            "The durations rules set no positive " + deadline.key() + " (" + rulesVersion + ")");
      }
    }
    durations = copy(durations);
    decidedBy = copy(decidedBy);
  }

  private static <V> Map<Deadline, V> copy(Map<Deadline, V> values) {
    Map<Deadline, V> copy = new EnumMap<>(Deadline.class);
    copy.putAll(values);
    return Collections.unmodifiableMap(copy);
  }

  public Duration of(Deadline deadline) {
    return durations.get(deadline);
  }

  /** The ISO-8601 text a process timer takes, e.g. "PT24H" or "P3D". */
  public String iso(Deadline deadline) {
    return iso(of(deadline));
  }

  /** ISO-8601 in whole days where it is whole days ("P7D", not "PT168H"), as admins write it. */
  public static String iso(Duration duration) {
    return duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0
        ? "P" + duration.toDays() + "D"
        : duration.toString();
  }

  /** In words, as people read it: "24 hours", "3 days", "90 minutes". */
  public static String words(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds % 86_400 == 0 && seconds >= 2 * 86_400) {
      return plural(seconds / 86_400, "day");
    }
    if (seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    }
    if (seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return plural(seconds, "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** Every duration as "name=ISO", in the order of {@link Deadline}, comma separated. */
  public String summary() {
    return Arrays.stream(Deadline.values())
        .map(deadline -> deadline.key() + "=" + iso(deadline))
        .collect(Collectors.joining(", "));
  }
}
