package io.mandi.pricing.rules;

import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingPolicy;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.RuleBaseSource;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prices lines by the published pricing rule set. Each line names the version that priced it
 * ("pricing v3") and the steps that changed its price, so a price can always be explained.
 */
@Component
public class DroolsPricingPolicy implements PricingPolicy {
  private final RuleBaseSource rules;

  public DroolsPricingPolicy(RuleBaseSource rules) {
    this.rules = rules;
  }

  @Override
  public PricedLine price(PricingFacts facts) {
    return priceAll(List.of(facts)).getFirst();
  }

  @Override
  public List<PricedLine> priceAll(List<PricingFacts> lines) {
    return priceWith(rules.current(RuleSetName.PRICING), lines);
  }

  /** Prices the lines in one session of one compiled version. */
  static List<PricedLine> priceWith(CompiledRules rules, List<PricingFacts> lines) {
    List<PriceFact> facts = lines.stream().map(PriceFact::new).toList();
    rules.base().newStatelessKieSession().execute(facts);
    return facts.stream().map(f -> new PricedLine(f.price(), rules.label(), f.steps())).toList();
  }
}
