package io.mandi.recovery.rules;

import io.mandi.recovery.RemedyDecision;
import io.mandi.recovery.RemedyFacts;
import io.mandi.recovery.RemedyPolicy;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/**
 * Remedies chosen by remedy.drl. Every matching rule proposes, in salience order; the first
 * proposal decides, and all rules that fired are kept with the decision as its explanation. A
 * fallback rule matches every case, so there is always a decision.
 */
@Component
public class DroolsRemedyPolicy implements RemedyPolicy {
  private final RuleBaseSource rules;

  public DroolsRemedyPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public RemedyDecision decide(RemedyFacts facts) {
    return decideWith(rules.current(RuleSetName.RECOVERY_REMEDY), facts);
  }

  /** Decides with one compiled version of the rules: the first proposal in salience order. */
  public static RemedyDecision decideWith(CompiledRules rules, RemedyFacts facts) {
    List<RemedyProposal> proposals = new ArrayList<>();
    StatelessKieSession session = rules.base().newStatelessKieSession();
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
