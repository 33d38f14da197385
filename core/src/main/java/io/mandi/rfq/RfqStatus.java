package io.mandi.rfq;

/**
 * Where a request for quotation stands, for operations; buyers and sellers read it through {@link
 * #forBuyer()} and {@link #forSeller()}.
 */
public enum RfqStatus {
  /** Invited sellers are answering until the closing rule is met. */
  OPEN("Collecting quotes", "Open for quotes"),
  /** Closed without a single quote; the buyer may extend it or cancel. */
  NO_RESPONSES("No quotes came in: extend or cancel", "Closed"),
  /** Closed with quotes; the buyer compares, counters, accepts or rejects. */
  COMPARING("Quotes ready to compare", "The buyer is comparing quotes"),
  AWARDED("Awarded", "Awarded"),
  REJECTED("You rejected all quotes", "Closed without an award"),
  CANCELLED("Cancelled", "Cancelled by the buyer");

  private final String forBuyer;
  private final String forSeller;

  RfqStatus(String forBuyer, String forSeller) {
    this.forBuyer = forBuyer;
    this.forSeller = forSeller;
  }

  public String forBuyer() {
    return forBuyer;
  }

  public String forSeller() {
    return forSeller;
  }

  public boolean finished() {
    return this == AWARDED || this == REJECTED || this == CANCELLED;
  }
}
