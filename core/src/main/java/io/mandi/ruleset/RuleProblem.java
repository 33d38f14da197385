package io.mandi.ruleset;

/** A compile error in rule text, at its line and column (0 when the compiler does not say). */
public record RuleProblem(int line, int column, String message) {

  @Override
  public String toString() {
    return (line > 0 ? "line " + line + ": " : "") + message;
  }
}
