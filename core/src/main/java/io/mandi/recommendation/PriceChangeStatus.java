package io.mandi.recommendation;

/** Where a seller's price change stands. */
public enum PriceChangeStatus {
  APPLIED("Applied"),
  AWAITING_APPROVAL("Waiting for operations' approval"),
  REFUSED("Refused by operations");

  private final String label;

  PriceChangeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
