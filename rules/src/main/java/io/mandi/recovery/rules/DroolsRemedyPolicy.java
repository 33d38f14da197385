package io.mandi.recovery.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.recovery.RemedyDecision;
import io.mandi.recovery.RemedyFacts;
import io.mandi.recovery.RemedyPolicy;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/**
 * Remedies chosen by remedy.drl. Every matching rule proposes, in salience order; the first
 * proposal decides, and all rules that fired are kept with the decision as its explanation. A
 * fallback rule matches every case, so there is always a decision.
 */
@Component
public class DroolsRemedyPolicy implements RemedyPolicy {
  static final String RULES = "io/mandi/recovery/rules/remedy.drl";

  private final KieBase rules = RuleBaseCompiler.compileClasspath(RULES);

  @Override
  public RemedyDecision decide(RemedyFacts facts) {
    List<RemedyProposal> proposals = new ArrayList<>();
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("proposals", proposals);
    session.execute(new RemedyFact(facts));
    if (proposals.isEmpty()) {
      throw new IllegalStateException("No remedy rule matched " + facts);
    }
    RemedyProposal chosen = proposals.getFirst();
    return new RemedyDecision(
        chosen.remedy(),
        chosen.explanation(),
        proposals.stream().map(RemedyProposal::rule).toList());
  }
}
