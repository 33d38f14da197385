package io.mandi.durations.rules;

import io.mandi.account.BuyerKind;
import io.mandi.catalog.SellerKind;
import io.mandi.durations.Deadline;
import io.mandi.durations.DurationFacts;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * An order's facts as the durations rules see them, and the durations they set on it. A later rule
 * that sets the same duration replaces what an earlier one set, so the rules run in salience order
 * from the standard durations to the particular ones.
 */
public final class DurationFact {
  /** No duration in an order is longer than this; a rule setting more is a mistake. */
  static final Duration LONGEST = Duration.ofDays(90);

  private final DurationFacts facts;
  private final Map<Deadline, Duration> durations = new EnumMap<>(Deadline.class);
  private final Map<Deadline, String> decidedBy = new EnumMap<>(Deadline.class);
  private String firingRule = "";

  DurationFact(DurationFacts facts) {
    this.facts = facts;
  }

  public BuyerKind getBuyerKind() {
    return facts.buyerKind();
  }

  public SellerKind getSellerKind() {
    return facts.sellerKind();
  }

  public BigDecimal getOrderAmount() {
    return facts.orderAmount() == null ? BigDecimal.ZERO : facts.orderAmount();
  }

  /** Sets a duration, written as ISO-8601 ("PT24H", "P3D"), for the rule now firing. */
  public void set(Deadline deadline, String iso) {
    Duration duration;
    try {
      duration = Duration.parse(iso);
    } catch (DateTimeParseException | NullPointerException notADuration) {
      throw new IllegalArgumentException(
          "Rule \"" + firingRule + "\": '" + iso + "' is not a duration such as PT24H or P3D");
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException(
          "Rule \""
              + firingRule
              + "\": "
              + deadline.key()
              + " must be more than 0 and at most 90 days");
    }
    durations.put(deadline, duration);
    decidedBy.put(deadline, firingRule);
  }

  void firing(String rule) {
    this.firingRule = rule;
  }

  Map<Deadline, Duration> durations() {
    return durations;
  }

  Map<Deadline, String> decidedBy() {
    return decidedBy;
  }
}
