package io.mandi.rfq.rules;

import io.mandi.rfq.RfqCandidate;
import io.mandi.rfq.RfqShortlistPolicy;
import io.mandi.rfq.ShortlistEntry;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Shortlists by rfq-shortlist.drl: the buyer's choices always, then the best-scored eligible
 * sellers up to the limit, ties to the lower seller id.
 */
@Component
public class DroolsRfqShortlistPolicy implements RfqShortlistPolicy {
  private final RuleBaseSource rules;

  public DroolsRfqShortlistPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public List<ShortlistEntry> shortlist(List<RfqCandidate> candidates, int maxInvited) {
    List<ShortlistFact> facts = candidates.stream().map(ShortlistFact::new).toList();
    rules.current(RuleSetName.RFQ_SHORTLIST).base().newStatelessKieSession().execute(facts);
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
