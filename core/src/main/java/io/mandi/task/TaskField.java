package io.mandi.task;

/**
 * A value a decision needs beyond its outcome and comment, rendered by the inbox from this
 * declaration.
 *
 * @param name the key in {@link TaskInput#fields()}
 * @param initial the value the form starts with, or {@code null}
 * @param sumsInto for {@link Type#CHOICES}: the field that shows the sum of the chosen amounts
 */
public record TaskField(String name, String label, Type type, String initial, String sumsInto) {

  public enum Type {
    /** Rupees and paise, or another decimal such as a weight. */
    DECIMAL,
    /** A whole number from 1. */
    COUNT,
    /** One of {@link TaskHandler#choices}. */
    CHOICE,
    /** Any number of {@link TaskHandler#choices}. */
    CHOICES
  }

  public static TaskField of(String name, String label, Type type) {
    return new TaskField(name, label, type, null, null);
  }
}
