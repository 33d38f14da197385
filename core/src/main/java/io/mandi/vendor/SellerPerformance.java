package io.mandi.vendor;

/**
 * A seller's own record, as it sees it (never other sellers'): how often it accepts what it is
 * offered, how often it delivers on time, and how many confirmed orders were cancelled on its side.
 *
 * @param offered orders offered to it and answered or expired (withdrawn offers do not count)
 * @param accepted of those, accepted
 * @param deliveries its shipments delivered
 * @param onTime of those, delivered by the promised date
 * @param cancelledBySeller confirmed orders it dropped or operations cancelled (a buyer's own
 *     cancellation or non-payment is not counted)
 */
public record SellerPerformance(
    int offered, int accepted, int deliveries, int onTime, int cancelledBySeller) {

  /** Percent, or null with nothing to measure yet. */
  public Integer acceptanceRate() {
    return offered == 0 ? null : Math.round(100f * accepted / offered);
  }

  public Integer onTimeRate() {
    return deliveries == 0 ? null : Math.round(100f * onTime / deliveries);
  }
}
