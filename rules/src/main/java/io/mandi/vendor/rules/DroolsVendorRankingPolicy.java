package io.mandi.vendor.rules;

import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.RuleBaseSource;
import io.mandi.vendor.VendorCandidate;
import io.mandi.vendor.VendorRanking;
import io.mandi.vendor.VendorRankingPolicy;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Ranks vendors by vendor-ranking.drl: eligible first by score, ties to the lower seller id. */
@Component
public class DroolsVendorRankingPolicy implements VendorRankingPolicy {
  private final RuleBaseSource rules;

  public DroolsVendorRankingPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public List<VendorRanking> rank(List<VendorCandidate> candidates) {
    List<VendorFact> facts = candidates.stream().map(VendorFact::new).toList();
    rules.current(RuleSetName.VENDOR_RANKING).base().newStatelessKieSession().execute(facts);
    return facts.stream()
        .sorted(
            Comparator.comparing(VendorFact::eligible)
                .reversed()
                .thenComparing(VendorFact::score, Comparator.reverseOrder())
                .thenComparing(fact -> fact.candidate().sellerId()))
        .map(VendorFact::toRanking)
        .toList();
  }
}
