package io.mandi.order;

public class OrderNotFoundException extends RuntimeException {
  public OrderNotFoundException(long orderId) {
    super("Order " + orderId + " does not exist");
  }
}
