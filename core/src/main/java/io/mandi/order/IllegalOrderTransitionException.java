package io.mandi.order;

public class IllegalOrderTransitionException extends RuntimeException {
  public IllegalOrderTransitionException(long orderId, OrderStatus from, OrderStatus to) {
    super("Order " + orderId + " cannot move from " + from + " to " + to);
  }
}
