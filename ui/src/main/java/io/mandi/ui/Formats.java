package io.mandi.ui;

import io.mandi.money.IndianFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How money and times are shown on pages: the same words as the messages ({@link IndianFormat}).
 */
public final class Formats {

  private Formats() {}

  public static String rupees(BigDecimal amount) {
    return IndianFormat.rupees(amount);
  }

  /** An enum name as people read it: INSTANCE_LOST becomes "Instance lost". */
  public static String label(String name) {
    return IndianFormat.label(name);
  }

  public static String date(java.time.LocalDate date) {
    return IndianFormat.date(date);
  }

  public static String time(Instant instant) {
    return IndianFormat.time(instant);
  }
}
