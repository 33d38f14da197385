package io.mandi.ruleset;

import java.util.Arrays;
import java.util.Optional;

/** The rule sets Mandi runs, by the key they are stored under. */
public enum RuleSetName {
  PRICING("pricing"),
  CREDIT("credit"),
  ORDER_VALIDATION("order-validation"),
  VENDOR_RANKING("vendor-ranking"),
  RECOVERY_REMEDY("recovery-remedy"),
  RFQ_SHORTLIST("rfq-shortlist"),
  QUOTE_SCORING("quote-scoring"),
  DURATIONS("durations");

  private final String key;

  RuleSetName(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<RuleSetName> ofKey(String key) {
    return Arrays.stream(values()).filter(name -> name.key.equals(key)).findFirst();
  }
}
