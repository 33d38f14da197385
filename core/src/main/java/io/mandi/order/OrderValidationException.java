package io.mandi.order;

import java.util.List;
import java.util.stream.Collectors;

/** The order was refused before anything was written; the violations say why. */
public class OrderValidationException extends RuntimeException {
  private final List<Violation> violations;

  public OrderValidationException(List<Violation> violations) {
    super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
