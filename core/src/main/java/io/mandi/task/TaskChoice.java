package io.mandi.task;

import java.math.BigDecimal;

/** One value a person may pick for a choice field, with an amount where choices add up. */
public record TaskChoice(String value, String label, BigDecimal amount) {
  public TaskChoice(String value, String label) {
    this(value, label, null);
  }
}
