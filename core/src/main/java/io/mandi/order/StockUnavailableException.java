package io.mandi.order;

/** Stock ran out between placement and confirmation; nothing was reserved. */
public class StockUnavailableException extends RuntimeException {
  public StockUnavailableException(long orderId, String productName) {
    super("Order " + orderId + ": not enough stock left of " + productName);
  }
}
