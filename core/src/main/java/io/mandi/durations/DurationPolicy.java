package io.mandi.durations;

/** Port: the durations rule set (implemented by the rules module with Drools). */
public interface DurationPolicy {

  /** Every {@link Deadline}'s duration for an order with these facts, by the published rules. */
  OrderDurations decide(DurationFacts facts);
}
