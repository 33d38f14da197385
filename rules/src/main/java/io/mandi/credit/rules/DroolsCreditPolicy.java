package io.mandi.credit.rules;

import io.mandi.credit.CreditDecision;
import io.mandi.credit.CreditFacts;
import io.mandi.credit.CreditPolicy;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/** Credit decided by credit-check.drl; exactly one rule must decide each order. */
@Component
public class DroolsCreditPolicy implements CreditPolicy {
  private final RuleBaseSource rules;

  public DroolsCreditPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public CreditDecision decide(CreditFacts facts) {
    return decideWith(rules.current(RuleSetName.CREDIT), facts);
  }

  /** Decides with one compiled version of the rules; exactly one rule must decide. */
  public static CreditDecision decideWith(CompiledRules rules, CreditFacts facts) {
    List<CreditDecision> decisions = new ArrayList<>();
    StatelessKieSession session = rules.base().newStatelessKieSession();
    session.setGlobal("decisions", decisions);
    session.execute(new CreditFact(facts));
    if (decisions.size() != 1) {
      throw new IllegalStateException(
          "Credit rules gave " + decisions.size() + " decisions for " + facts);
    }
    return decisions.getFirst();
  }
}
