package io.mandi.ruleset;

/** How a version's rules are written: DRL text, or a decision table as CSV. */
public enum RuleFormat {
  DRL("Rule text (DRL)"),
  CSV("Decision table");

  private final String label;

  RuleFormat(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
