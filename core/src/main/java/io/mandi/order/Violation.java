package io.mandi.order;

/** One reason an order cannot be accepted; lineNo is 0 for the order as a whole. */
public record Violation(int lineNo, String code, String message) {

  @Override
  public String toString() {
    return lineNo == 0 ? message : "Line " + lineNo + ": " + message;
  }
}
