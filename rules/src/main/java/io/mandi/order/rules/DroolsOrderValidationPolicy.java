package io.mandi.order.rules;

import io.mandi.order.OrderValidationPolicy;
import io.mandi.order.ValidationLine;
import io.mandi.order.Violation;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/** Order validation decided by rules/order-validation.drl. */
@Component
public class DroolsOrderValidationPolicy implements OrderValidationPolicy {
  private final RuleBaseSource rules;

  public DroolsOrderValidationPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public List<Violation> validate(List<ValidationLine> lines) {
    return validateWith(rules.current(RuleSetName.ORDER_VALIDATION), lines);
  }

  /** Validates the lines with one compiled version of the rules. */
  public static List<Violation> validateWith(CompiledRules rules, List<ValidationLine> lines) {
    List<Violation> violations = new ArrayList<>();
    StatelessKieSession session = rules.base().newStatelessKieSession();
    session.setGlobal("violations", violations);
    session.execute(lines.stream().map(LineFact::new).toList());
    // Rules fire in no business order; people read violations line by line.
    violations.sort(Comparator.comparingInt(Violation::lineNo).thenComparing(Violation::code));
    return violations;
  }
}
