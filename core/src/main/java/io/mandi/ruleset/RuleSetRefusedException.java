package io.mandi.ruleset;

/** A change to a rule set was refused, with the reason in words for the admin. */
public class RuleSetRefusedException extends RuntimeException {
  public RuleSetRefusedException(String message) {
    super(message);
  }
}
