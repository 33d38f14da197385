package io.mandi.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How amounts, times and names are written for people, in messages and on pages alike: Indian rupee
 * grouping, India Standard Time, enum names in words.
 */
public final class IndianFormat {
  private static final Locale INDIA = Locale.of("en", "IN");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", INDIA).withZone(ZoneId.of("Asia/Kolkata"));

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", INDIA);

  private IndianFormat() {}

  /** "2 Dec 2026"; empty for no date. */
  public static String date(java.time.LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "₹1,23,456.00"; empty for no amount. */
  public static String rupees(BigDecimal amount) {
    return amount == null ? "" : NumberFormat.getCurrencyInstance(INDIA).format(amount);
  }

  /** "2 Dec 2026, 17:30" in India Standard Time; empty for no time. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** An enum name as people read it: INSTANCE_LOST becomes "Instance lost". */
  public static String label(String name) {
    String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
