package io.mandi.recovery.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.recovery.Remedy;
import io.mandi.recovery.RemedyDecision;
import io.mandi.recovery.RemedyFacts;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Recovery scenarios: given a stuck or failed order's facts, the remedy recovery applies. */
@Component
class RemedyEvaluator extends JsonScenarioEvaluator<RemedyFacts> {

  RemedyEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.RECOVERY_REMEDY;
  }

  @Override
  protected Set<String> results() {
    return Arrays.stream(Remedy.values()).map(Remedy::name).collect(Collectors.toSet());
  }

  @Override
  protected Result evaluate(CompiledRules rules, RemedyFacts facts) {
    RemedyDecision decision = DroolsRemedyPolicy.decideWith(rules, facts);
    return new Result(
        decision.remedy().name(),
        decision.explanation() + " (rules: " + String.join(", ", decision.rules()) + ")");
  }
}
