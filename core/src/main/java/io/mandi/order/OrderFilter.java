package io.mandi.order;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * One set of conditions an order must all meet (AND); a search takes several and keeps an order
 * that meets any of them (OR). A null or empty condition does not filter.
 *
 * @param text an order number, or part of the buyer's or the seller's name
 * @param statuses any of these statuses
 * @param minValue order total at least this
 * @param maxValue order total at most this
 * @param placedFrom placed at or after this
 * @param placedBefore placed before this
 * @param region the buyer's region (state code, e.g. MH)
 * @param sellerId this seller's orders
 * @param buyerId this buyer's orders
 * @param idleFor no change for at least this long
 */
public record OrderFilter(
    String text,
    Set<OrderStatus> statuses,
    BigDecimal minValue,
    BigDecimal maxValue,
    Instant placedFrom,
    Instant placedBefore,
    String region,
    Long sellerId,
    Long buyerId,
    Duration idleFor) {
  static final int MAX_TEXT = 100;

  public OrderFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    text = text == null || text.isBlank() ? null : text.strip();
    region = region == null || region.isBlank() ? null : region.strip().toUpperCase();
    if (text != null && (text.length() > MAX_TEXT || text.indexOf('\0') >= 0)) {
      throw new IllegalArgumentException(
          "Search text must be at most " + MAX_TEXT + " characters of plain text");
    }
    if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
      throw new IllegalArgumentException("The smallest value is above the largest");
    }
    if (placedFrom != null && placedBefore != null && !placedFrom.isBefore(placedBefore)) {
      throw new IllegalArgumentException("The first date is not before the last");
    }
    if (idleFor != null && idleFor.isNegative()) {
      throw new IllegalArgumentException("Idle time cannot be negative");
    }
  }

  /** Every order. */
  public static OrderFilter none() {
    return new OrderFilter(null, null, null, null, null, null, null, null, null, null);
  }

  public static OrderFilter text(String text) {
    return none().withText(text);
  }

  public OrderFilter withText(String newText) {
    return new OrderFilter(
        newText,
        statuses,
        minValue,
        maxValue,
        placedFrom,
        placedBefore,
        region,
        sellerId,
        buyerId,
        idleFor);
  }

  public OrderFilter withStatuses(Set<OrderStatus> newStatuses) {
    return new OrderFilter(
        text,
        newStatuses,
        minValue,
        maxValue,
        placedFrom,
        placedBefore,
        region,
        sellerId,
        buyerId,
        idleFor);
  }

  public OrderFilter withValue(BigDecimal min, BigDecimal max) {
    return new OrderFilter(
        text, statuses, min, max, placedFrom, placedBefore, region, sellerId, buyerId, idleFor);
  }

  public OrderFilter withPlaced(Instant from, Instant before) {
    return new OrderFilter(
        text, statuses, minValue, maxValue, from, before, region, sellerId, buyerId, idleFor);
  }

  public OrderFilter withRegion(String newRegion) {
    return new OrderFilter(
        text,
        statuses,
        minValue,
        maxValue,
        placedFrom,
        placedBefore,
        newRegion,
        sellerId,
        buyerId,
        idleFor);
  }

  public OrderFilter withSeller(Long newSellerId) {
    return new OrderFilter(
        text,
        statuses,
        minValue,
        maxValue,
        placedFrom,
        placedBefore,
        region,
        newSellerId,
        buyerId,
        idleFor);
  }

  public OrderFilter withIdleFor(Duration newIdleFor) {
    return new OrderFilter(
        text,
        statuses,
        minValue,
        maxValue,
        placedFrom,
        placedBefore,
        region,
        sellerId,
        buyerId,
        newIdleFor);
  }

  /** The order number the text names, if it is one. */
  public Long orderNumber() {
    if (text == null) {
      return null;
    }
    String digits = text.startsWith("#") ? text.substring(1) : text;
    if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Long.valueOf(digits);
  }

  /** The text as a LIKE pattern matching anywhere, its wildcards taken literally. */
  public String namePattern() {
    if (text == null) {
      return null;
    }
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
