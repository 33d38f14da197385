package io.mandi.account;

/**
 * A business's GST registration and address, checked: a GSTIN with a right check character (or
 * none, for an unregistered buyer), one line of address, a six-digit PIN code.
 */
public record Registration(String gstin, String address, String pinCode) {
  static final int MAX_ADDRESS = 300;

  public static Registration of(String gstin, String address, String pinCode) {
    String line = address == null ? "" : address.strip();
    if (line.isEmpty() || line.length() > MAX_ADDRESS || line.chars().anyMatch(c -> c < 0x20)) {
      throw new IllegalArgumentException(
          "Give the address on one line of at most " + MAX_ADDRESS + " characters");
    }
    String pin = pinCode == null ? "" : pinCode.strip();
    if (!pin.matches("[1-9][0-9]{5}")) {
      throw new IllegalArgumentException("A PIN code has six digits and does not start with 0");
    }
    return new Registration(Gstin.valid(gstin), line, pin);
  }
}
