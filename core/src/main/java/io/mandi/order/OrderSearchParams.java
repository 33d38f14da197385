package io.mandi.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** One filter as OrderMapper.xml reads it: each condition computed, null when it does not apply. */
final class OrderSearchParams {
  public final Long orderNumber;
  public final String namePattern;
  public final List<String> statuses;
  public final BigDecimal minValue;
  public final BigDecimal maxValue;
  public final Instant placedFrom;
  public final Instant placedBefore;
  public final String region;
  public final Long sellerId;
  public final Long buyerId;
  public final Instant idleSince;

  OrderSearchParams(OrderFilter filter, Clock clock) {
    this.orderNumber = filter.orderNumber();
    this.namePattern = orderNumber == null ? filter.namePattern() : null;
    this.statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
    this.minValue = filter.minValue();
    this.maxValue = filter.maxValue();
    this.placedFrom = filter.placedFrom();
    this.placedBefore = filter.placedBefore();
    this.region = filter.region();
    this.sellerId = filter.sellerId();
    this.buyerId = filter.buyerId();
    this.idleSince = filter.idleFor() == null ? null : clock.instant().minus(filter.idleFor());
  }
}
