package io.mandi.task;

import java.util.Map;

/**
 * What a person decided on a task, with any details a domain service checked and passes on to the
 * process (a chosen vendor, an amount).
 */
public record TaskDecision(String outcome, String comment, Map<String, Object> details) {
  public TaskDecision {
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  public TaskDecision(String outcome, String comment) {
    this(outcome, comment, Map.of());
  }
}
