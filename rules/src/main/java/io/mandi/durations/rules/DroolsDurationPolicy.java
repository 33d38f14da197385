package io.mandi.durations.rules;

import io.mandi.durations.DurationFacts;
import io.mandi.durations.DurationPolicy;
import io.mandi.durations.OrderDurations;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/** Durations decided by durations.drl; every duration must be set by some rule. */
@Component
public class DroolsDurationPolicy implements DurationPolicy {
  private final RuleBaseSource rules;

  public DroolsDurationPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public OrderDurations decide(DurationFacts facts) {
    return decideWith(rules.current(RuleSetName.DURATIONS), facts);
  }

  /** Decides with one compiled version of the rules, noting which rule set each duration. */
  public static OrderDurations decideWith(CompiledRules rules, DurationFacts facts) {
    DurationFact fact = new DurationFact(facts);
    StatelessKieSession session = rules.base().newStatelessKieSession();
    session.addEventListener(
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent event) {
            fact.firing(event.getMatch().getRule().getName());
          }
        });
    session.execute(fact);
    return new OrderDurations(fact.durations(), fact.decidedBy(), rules.label());
  }
}
