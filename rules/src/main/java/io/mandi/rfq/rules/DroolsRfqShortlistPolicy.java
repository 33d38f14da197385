package io.mandi.rfq.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.rfq.RfqCandidate;
import io.mandi.rfq.RfqShortlistPolicy;
import io.mandi.rfq.ShortlistEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

/**
 * Shortlists by rfq-shortlist.drl: the buyer's choices always, then the best-scored eligible
 * sellers up to the limit, ties to the lower seller id.
 */
@Component
public class DroolsRfqShortlistPolicy implements RfqShortlistPolicy {
  static final String RULES = "io/mandi/rfq/rules/rfq-shortlist.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);

  @Override
  public List<ShortlistEntry> shortlist(List<RfqCandidate> candidates, int maxInvited) {
    List<ShortlistFact> facts = candidates.stream().map(ShortlistFact::new).toList();
    rules.newStatelessKieSession().execute(facts);
    List<ShortlistFact> ranked =
        facts.stream()
            .sorted(
                Comparator.comparing(ShortlistFact::eligible)
                    .reversed()
                    .thenComparing(ShortlistFact::score, Comparator.reverseOrder())
                    .thenComparing(ShortlistFact::sellerId))
            .toList();
    List<ShortlistEntry> entries = new ArrayList<>();
    int invited = 0;
    for (ShortlistFact fact : ranked) {
      boolean chosen = fact.eligible() && fact.isBuyerChoice();
      boolean ranksIn = fact.eligible() && !fact.isBuyerChoice() && invited < maxInvited;
      if (ranksIn) {
        invited++;
      }
      entries.add(fact.toEntry(chosen || ranksIn));
    }
    return entries;
  }
}
