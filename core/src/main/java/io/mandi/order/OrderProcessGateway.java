package io.mandi.order;

/** Port: starts the order's business process (implemented by the workers module). */
public interface OrderProcessGateway {

  /**
   * Signals that an order was placed. Must be idempotent per order: calling it again for the same
   * order never creates a second process instance.
   */
  void orderPlaced(Order order);

  /** Asks the order's process to cancel and undo what was done. Idempotent per order. */
  void cancellationRequested(long orderId, String by, String reason);
}
