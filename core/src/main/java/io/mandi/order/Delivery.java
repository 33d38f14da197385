package io.mandi.order;

/**
 * Where an order goes and the buyer's own reference for it.
 *
 * @param address the street address, one or more lines joined by ", "
 * @param pinCode the six-digit Indian postal code
 * @param poNumber the buyer's purchase-order number, or null
 */
public record Delivery(String address, String pinCode, String poNumber) {
  static final int MAX_ADDRESS = 300;
  static final int MAX_PO = 40;

  public Delivery {
    address = address == null || address.isBlank() ? null : address.strip();
    pinCode = pinCode == null || pinCode.isBlank() ? null : pinCode.strip();
    poNumber = poNumber == null || poNumber.isBlank() ? null : poNumber.strip();
    if (address != null
        && (address.length() > MAX_ADDRESS || address.chars().anyMatch(c -> c < 0x20))) {
      throw new IllegalArgumentException(
          "The delivery address must be at most " + MAX_ADDRESS + " characters on one line");
    }
    if (pinCode != null && !pinCode.matches("[1-9][0-9]{5}")) {
      throw new IllegalArgumentException("A PIN code has six digits and does not start with 0");
    }
    if (poNumber != null && (poNumber.length() > MAX_PO || !poNumber.matches("[\\w ./#-]+"))) {
      throw new IllegalArgumentException(
          "A PO number has at most " + MAX_PO + " letters, digits, spaces or . / # - _");
    }
  }

  /** No address given: the buyer's registered address is used. */
  public static Delivery registered(String poNumber) {
    return new Delivery(null, null, poNumber);
  }

  public boolean complete() {
    return address != null && pinCode != null;
  }
}
