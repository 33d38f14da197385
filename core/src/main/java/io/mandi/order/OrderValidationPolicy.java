package io.mandi.order;

import java.util.List;

/** Port: the business rules an order must satisfy (implemented by the rules module). */
public interface OrderValidationPolicy {

  /** Returns every violation; an empty list means the order is acceptable. */
  List<Violation> validate(List<ValidationLine> lines);
}
