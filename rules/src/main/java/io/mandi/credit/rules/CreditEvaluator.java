package io.mandi.credit.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.credit.CreditDecision;
import io.mandi.credit.CreditFacts;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Credit scenarios: given a buyer's limit, open orders and a new order, approved or held. */
@Component
class CreditEvaluator extends JsonScenarioEvaluator<CreditFacts> {
  static final String APPROVED = "APPROVED";
  static final String NEEDS_APPROVAL = "NEEDS_APPROVAL";

  CreditEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.CREDIT;
  }

  @Override
  protected Set<String> results() {
    return Set.of(APPROVED, NEEDS_APPROVAL);
  }

  @Override
  protected Result evaluate(CompiledRules rules, CreditFacts facts) {
    CreditDecision decision = DroolsCreditPolicy.decideWith(rules, facts);
    return new Result(
        decision.approved() ? APPROVED : NEEDS_APPROVAL,
        decision.rule() + ": " + decision.reason());
  }
}
