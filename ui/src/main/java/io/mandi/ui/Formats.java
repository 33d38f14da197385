package io.mandi.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How money and times are shown: Indian rupee grouping, India Standard Time. */
public final class Formats {
  private static final Locale INDIA = Locale.of("en", "IN");
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", INDIA).withZone(IST);

  private Formats() {}

  public static String rupees(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(INDIA);
    return format.format(amount);
  }

  /** An enum name as people read it: INSTANCE_LOST becomes "Instance lost". */
  public static String label(String name) {
    String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }
}
