package io.mandi.order;

import java.util.List;
import java.util.UUID;

/**
 * A checkout. The request id is the idempotency key: submitting the same checkout twice returns the
 * orders of the first submission and starts no second process.
 */
public record PlaceOrderCommand(UUID requestId, List<Line> lines, Delivery delivery) {

  /** A checkout delivered to the buyer's registered address, without a PO number. */
  public PlaceOrderCommand(UUID requestId, List<Line> lines) {
    this(requestId, lines, Delivery.registered(null));
  }

  public record Line(long productId, long offerId, int quantity) {}
}
