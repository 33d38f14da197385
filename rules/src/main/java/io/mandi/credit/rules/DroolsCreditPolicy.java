package io.mandi.credit.rules;

import io.mandi.credit.CreditDecision;
import io.mandi.credit.CreditFacts;
import io.mandi.credit.CreditPolicy;
import io.mandi.order.rules.RuleBaseCompiler;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/** Credit decided by credit-check.drl; exactly one rule must decide each order. */
@Component
public class DroolsCreditPolicy implements CreditPolicy {
  static final String RULES = "io/mandi/credit/rules/credit-check.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);

  @Override
  public CreditDecision decide(CreditFacts facts) {
    List<CreditDecision> decisions = new ArrayList<>();
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("decisions", decisions);
    session.execute(new CreditFact(facts));
    if (decisions.size() != 1) {
      throw new IllegalStateException(
          "Credit rules gave " + decisions.size() + " decisions for " + facts);
    }
    return decisions.getFirst();
  }
}
