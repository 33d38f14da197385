package io.mandi.order;

import java.util.List;
import java.util.UUID;

/**
 * A checkout. The request id is the idempotency key: submitting the same checkout twice returns the
 * orders of the first submission and starts no second process.
 */
public record PlaceOrderCommand(UUID requestId, List<Line> lines) {

  public record Line(long productId, long offerId, int quantity) {}
}
