package io.mandi.rfq.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.rfq.RfqCandidate;
import io.mandi.rfq.ShortlistEntry;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * RFQ shortlist scenarios: given {"maxInvited": n, "candidates": [...]}, the invited sellers' ids
 * best first ("none").
 */
@Component
class RfqShortlistEvaluator extends JsonScenarioEvaluator<RfqShortlistEvaluator.Given> {

  /** A scenario's facts: how many may be invited, and the candidate sellers. */
  record Given(int maxInvited, List<RfqCandidate> candidates) {}

  RfqShortlistEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.RFQ_SHORTLIST;
  }

  @Override
  protected Result evaluate(CompiledRules rules, Given given) {
    List<ShortlistEntry> entries =
        new DroolsRfqShortlistPolicy(set -> rules)
            .shortlist(given.candidates(), given.maxInvited());
    String invited =
        entries.stream()
            .filter(ShortlistEntry::invited)
            .map(e -> String.valueOf(e.sellerId()))
            .collect(Collectors.joining(", "));
    return new Result(
        invited.isEmpty() ? "none" : invited,
        entries.stream()
            .map(e -> e.sellerId() + ": " + e.score() + " (" + e.why() + ")")
            .collect(Collectors.joining("; ")));
  }
}
