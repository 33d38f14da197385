package io.mandi.rfq.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.rfq.QuoteFacts;
import io.mandi.rfq.QuoteScore;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Quote scoring scenarios: given a request's quotes, their ids best first. */
@Component
class QuoteScoringEvaluator extends JsonScenarioEvaluator<List<QuoteFacts>> {

  QuoteScoringEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.QUOTE_SCORING;
  }

  @Override
  protected Result evaluate(CompiledRules rules, List<QuoteFacts> quotes) {
    List<QuoteScore> scores = new DroolsQuoteScoringPolicy(set -> rules).score(quotes);
    return new Result(
        scores.stream().map(s -> String.valueOf(s.quoteId())).collect(Collectors.joining(", ")),
        scores.stream()
            .map(s -> s.quoteId() + ": " + s.score() + " (" + String.join(", ", s.reasons()) + ")")
            .collect(Collectors.joining("; ")));
  }
}
