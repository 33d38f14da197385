package io.mandi.rfq.rules;

import io.mandi.rfq.QuoteFacts;
import io.mandi.rfq.QuoteScore;
import io.mandi.rfq.QuoteScoringPolicy;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Scores quotes by quote-scoring.drl, best first; ties to the earlier quote. */
@Component
public class DroolsQuoteScoringPolicy implements QuoteScoringPolicy {
  private final RuleBaseSource rules;

  public DroolsQuoteScoringPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public List<QuoteScore> score(List<QuoteFacts> quotes) {
    List<QuoteFact> facts = quotes.stream().map(QuoteFact::new).toList();
    CompiledRules scoring = rules.current(RuleSetName.QUOTE_SCORING);
    scoring.base().newStatelessKieSession().execute(facts);
    return facts.stream()
        .sorted(
            Comparator.comparing(QuoteFact::score, Comparator.reverseOrder())
                .thenComparing(QuoteFact::quoteId))
        .map(fact -> fact.toScore(scoring.label()))
        .toList();
  }
}
