package io.mandi.integration;

import java.util.regex.Pattern;

/**
 * Checks identifiers taken from webhook bodies and headers before they reach a service: bounded
 * length, a plain character set, so a forged or broken value is a 400 and never a database error.
 */
public final class WebhookFields {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:\\-]+");
  private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]*");

  private WebhookFields() {}

  /** Returns null if the value is a usable identifier of at most {@code max} characters. */
  public static String identifierProblem(String name, String value, int max) {
    if (value == null || value.isBlank()) {
      return name + " missing";
    }
    if (value.length() > max) {
      return name + " longer than " + max + " characters";
    }
    if (!IDENTIFIER.matcher(value).matches()) {
      return name + " has characters other than letters, digits and _.:-";
    }
    return null;
  }

  /** Returns null if the free text is absent or printable and at most {@code max} characters. */
  public static String textProblem(String name, String value, int max) {
    if (value == null) {
      return null;
    }
    if (value.length() > max) {
      return name + " longer than " + max + " characters";
    }
    return PRINTABLE.matcher(value).matches() ? null : name + " has control characters";
  }
}
