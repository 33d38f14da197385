package io.mandi.rfq.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.rfq.QuoteFacts;
import io.mandi.rfq.QuoteScore;
import io.mandi.rfq.QuoteScoringPolicy;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;
import org.springframework.stereotype.Component;

/** Scores quotes by quote-scoring.drl, best first; ties to the earlier quote. */
@Component
public class DroolsQuoteScoringPolicy implements QuoteScoringPolicy {
  static final String RULES = "io/mandi/rfq/rules/quote-scoring.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);

  @Override
  public List<QuoteScore> score(List<QuoteFacts> quotes) {
    List<QuoteFact> facts = quotes.stream().map(QuoteFact::new).toList();
    rules.newStatelessKieSession().execute(facts);
    return facts.stream()
        .sorted(
            Comparator.comparing(QuoteFact::score, Comparator.reverseOrder())
                .thenComparing(QuoteFact::quoteId))
        .map(QuoteFact::toScore)
        .toList();
  }
}
