package io.mandi.vendor.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.vendor.VendorCandidate;
import io.mandi.vendor.VendorRanking;
import io.mandi.vendor.VendorRankingPolicy;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

/** Ranks vendors by vendor-ranking.drl: eligible first by score, ties to the lower seller id. */
@Component
public class DroolsVendorRankingPolicy implements VendorRankingPolicy {
  static final String RULES = "io/mandi/vendor/rules/vendor-ranking.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);

  @Override
  public List<VendorRanking> rank(List<VendorCandidate> candidates) {
    List<VendorFact> facts = candidates.stream().map(VendorFact::new).toList();
    rules.newStatelessKieSession().execute(facts);
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
