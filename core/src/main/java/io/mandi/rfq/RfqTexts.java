package io.mandi.rfq;

/** Checks the words people type into a request, a quote or a message. */
final class RfqTexts {
  private RfqTexts() {}

  /** The text stripped; refused when empty (if required), too long, or with control characters. */
  static String checked(String what, String text, int maxLength, boolean required) {
    String stripped = text == null ? "" : text.strip();
    if (stripped.isEmpty()) {
      if (required) {
        throw new RfqRefusedException(what + " is needed");
      }
      return null;
    }
    if (stripped.length() > maxLength) {
      throw new RfqRefusedException(what + " may be at most " + maxLength + " characters");
    }
    if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new RfqRefusedException(what + " has characters that cannot be stored");
    }
    return stripped;
  }
}
