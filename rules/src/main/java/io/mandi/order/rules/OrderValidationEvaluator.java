package io.mandi.order.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.order.ValidationLine;
import io.mandi.order.Violation;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Order validation scenarios: given an order's lines, "OK" or the violations found as line:code, in
 * line order (e.g. "1:BELOW_MOQ, 2:OVER_STOCK").
 */
@Component
class OrderValidationEvaluator extends JsonScenarioEvaluator<List<ValidationLine>> {

  OrderValidationEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.ORDER_VALIDATION;
  }

  @Override
  protected Result evaluate(CompiledRules rules, List<ValidationLine> lines) {
    List<Violation> violations = DroolsOrderValidationPolicy.validateWith(rules, lines);
    if (violations.isEmpty()) {
      return new Result("OK", "no rule found a problem");
    }
    return new Result(
        violations.stream().map(v -> v.lineNo() + ":" + v.code()).collect(Collectors.joining(", ")),
        violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
  }
}
