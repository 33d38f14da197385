package io.mandi.account;

import java.util.Locale;

/**
 * A GST identification number: two digits of the state, the holder's PAN, an entity number, "Z" and
 * a check character. Checked in full, check character included, so a mistyped number is refused
 * where it is entered rather than printed on an invoice.
 */
public final class Gstin {
  private static final String CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String FORMAT = "[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]";

  private Gstin() {}

  /** The number in capitals, or null for none; refuses a malformed one with the reason. */
  public static String valid(String gstin) {
    if (gstin == null || gstin.isBlank()) {
      return null;
    }
    String value = gstin.strip().toUpperCase(Locale.ROOT);
    if (!value.matches(FORMAT)) {
      throw new IllegalArgumentException(
          "A GSTIN has 15 characters: state code, PAN, entity number, Z and a check character");
    }
    if (value.charAt(14) != checkCharacter(value.substring(0, 14))) {
      throw new IllegalArgumentException("GSTIN " + value + " has a wrong check character");
    }
    return value;
  }

  /** The check character of the first 14 characters (GSTN's published mod-36 scheme). */
  public static char checkCharacter(String first14) {
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int product = CHARS.indexOf(first14.charAt(i)) * (i % 2 == 0 ? 1 : 2);
      sum += product / 36 + product % 36;
    }
    return CHARS.charAt((36 - sum % 36) % 36);
  }
}
