package io.mandi.order.rules;

import io.mandi.order.OrderValidationPolicy;
import io.mandi.order.ValidationLine;
import io.mandi.order.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;
import org.springframework.stereotype.Component;

/** Order validation decided by rules/order-validation.drl. */
@Component
public class DroolsOrderValidationPolicy implements OrderValidationPolicy {
  static final String RULES = "io/mandi/order/rules/order-validation.drl";

  private final KieBase rules;

  public DroolsOrderValidationPolicy() {
    this.rules = RuleBaseCompiler.compileClasspath(RULES);
  }

  @Override
  public List<Violation> validate(List<ValidationLine> lines) {
    List<Violation> violations = new ArrayList<>();
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("violations", violations);
    session.execute(lines.stream().map(LineFact::new).toList());
    // Rules fire in no business order; people read violations line by line.
    violations.sort(Comparator.comparingInt(Violation::lineNo).thenComparing(Violation::code));
    return violations;
  }
}
