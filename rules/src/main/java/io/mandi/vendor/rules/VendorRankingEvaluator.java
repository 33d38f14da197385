package io.mandi.vendor.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import io.mandi.vendor.VendorCandidate;
import io.mandi.vendor.VendorRanking;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Vendor ranking scenarios: given candidates, the eligible sellers' ids best first ("none"). */
@Component
class VendorRankingEvaluator extends JsonScenarioEvaluator<List<VendorCandidate>> {

  VendorRankingEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.VENDOR_RANKING;
  }

  @Override
  protected Result evaluate(CompiledRules rules, List<VendorCandidate> candidates) {
    List<VendorRanking> ranked = new DroolsVendorRankingPolicy(set -> rules).rank(candidates);
    String eligible =
        ranked.stream()
            .filter(VendorRanking::eligible)
            .map(r -> String.valueOf(r.sellerId()))
            .collect(Collectors.joining(", "));
    return new Result(
        eligible.isEmpty() ? "none" : eligible,
        ranked.stream()
            .map(r -> r.sellerId() + ": " + r.score() + " (" + r.reason() + ")")
            .collect(Collectors.joining("; ")));
  }
}
