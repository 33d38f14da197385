package io.mandi.ruleset;

/**
 * A change to a rule set was refused, with the reason in words for the admin (a refusal of what was
 * asked, so forms that show bad input show it too).
 */
public class RuleSetRefusedException extends IllegalArgumentException {
  public RuleSetRefusedException(String message) {
    super(message);
  }
}
