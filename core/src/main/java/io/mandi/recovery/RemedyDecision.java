package io.mandi.recovery;

import java.util.List;

/** The remedy chosen, why in words, and the names of the rules that fired. */
public record RemedyDecision(Remedy remedy, String explanation, List<String> rules) {

  public RemedyDecision {
    rules = List.copyOf(rules);
  }
}
