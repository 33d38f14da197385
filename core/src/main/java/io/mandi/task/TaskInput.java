package io.mandi.task;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a person entered on a task, as typed: the owning capability parses and checks the fields, so
 * a wrong value is refused with a message before anything is written.
 */
public record TaskInput(String outcome, String comment, Map<String, String> fields) {
  static final int MAX_FIELD_LENGTH = 200;

  public TaskInput {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
  }

  public static TaskInput of(String outcome, String comment) {
    return new TaskInput(outcome, comment, Map.of());
  }

  public String text(String field) {
    String value = fields.get(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_FIELD_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("The value of " + field + " is not valid");
    }
    return value.strip();
  }

  /** A decimal, or {@code null} when left empty. */
  public BigDecimal decimal(String field, String whatToEnter) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(whatToEnter);
    }
  }

  /** A whole number, or {@code null} when left empty. */
  public Integer count(String field, String whatToEnter) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(whatToEnter);
    }
  }

  /** A whole-number choice such as an id, or {@code null} when none was made. */
  public Long id(String field, String whatToChoose) {
    String value = text(field);
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(whatToChoose);
    }
  }

  /** Several whole-number choices, comma separated; empty when none was made. */
  public Set<Integer> numbers(String field, String whatToChoose) {
    String value = text(field);
    if (value == null) {
      return Set.of();
    }
    try {
      Set<Integer> numbers = new LinkedHashSet<>();
      Arrays.stream(value.split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .forEach(numbers::add);
      return numbers;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(whatToChoose);
    }
  }
}
