package io.mandi.pricing.rules;

import io.mandi.order.PricedRequest;
import io.mandi.order.PricingHistory;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowChange;
import io.mandi.ruleset.ShadowRun;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleSetEvaluator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Pricing scenarios (given pricing facts, the expected unit price) and shadow runs over the latest
 * order lines the rules priced, each re-priced by the draft and by the published version.
 */
@Component
class PricingEvaluator implements RuleSetEvaluator {
  private final PricingHistory history;

  PricingEvaluator(PricingHistory history) {
    this.history = history;
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.PRICING;
  }

  @Override
  public String checkScenario(String given, String expected) {
    if (PricingFactsJson.facts(given).isEmpty()) {
      return "A pricing scenario needs a buyer kind, a quantity above 0 and a list price";
    }
    try {
      BigDecimal price = new BigDecimal(expected);
      return price.signum() > 0 && price.scale() <= 2
          ? null
          : "The expected price must be above 0 with at most two decimals";
    } catch (NumberFormatException notANumber) {
      return "The expected price must be a number, such as 97.50";
    }
  }

  @Override
  public List<ScenarioOutcome> run(CompiledRules rules, List<RuleScenario> scenarios) {
    List<RuleScenario> runnable = new ArrayList<>();
    List<PricingFacts> facts = new ArrayList<>();
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (RuleScenario scenario : scenarios) {
      Optional<PricingFacts> given = PricingFactsJson.facts(scenario.given());
      if (given.isPresent()) {
        runnable.add(scenario);
        facts.add(given.get());
      } else {
        outcomes.add(new ScenarioOutcome(scenario, "facts unreadable", false, ""));
      }
    }
    List<PricedLine> priced = DroolsPricingPolicy.priceWith(rules, facts);
    for (int i = 0; i < runnable.size(); i++) {
      RuleScenario scenario = runnable.get(i);
      BigDecimal actual = priced.get(i).unitPrice();
      outcomes.add(
          new ScenarioOutcome(
              scenario,
              actual.toPlainString(),
              sameAmount(scenario.expected(), actual),
              priced.get(i).rules().isEmpty()
                  ? "no rule changed the list price"
                  : String.join("\n", priced.get(i).rules())));
    }
    return outcomes;
  }

  @Override
  public ShadowRun shadowRun(CompiledRules draft, CompiledRules published, int lastRequests) {
    List<PricedRequest> requests = new ArrayList<>();
    List<PricingFacts> facts = new ArrayList<>();
    for (PricedRequest request : history.recent(lastRequests)) {
      PricingFactsJson.facts(request.priceInputs())
          .ifPresent(
              f -> {
                requests.add(request);
                facts.add(f);
              });
    }
    List<PricedLine> before = DroolsPricingPolicy.priceWith(published, facts);
    List<PricedLine> after = DroolsPricingPolicy.priceWith(draft, facts);
    List<ShadowChange> changes = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      BigDecimal old = before.get(i).unitPrice();
      BigDecimal now = after.get(i).unitPrice();
      if (old.compareTo(now) != 0) {
        PricedRequest request = requests.get(i);
        changes.add(
            new ShadowChange(
                "Order #"
                    + request.orderId()
                    + " line "
                    + request.lineNo()
                    + ": "
                    + request.quantity()
                    + " × "
                    + request.productName(),
                old.toPlainString(),
                now.toPlainString(),
                now.subtract(old)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(old, 2, RoundingMode.HALF_EVEN)));
      }
    }
    return new ShadowRun(facts.size(), changes);
  }

  private static boolean sameAmount(String expected, BigDecimal actual) {
    try {
      return new BigDecimal(expected.strip()).compareTo(actual) == 0;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
