package io.mandi.ruleset.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.ruleset.RuleSetName;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The rule files shipped in the jar: version 1 of each set, and the rules of the rules' tests. */
public final class ShippedRules implements RuleBaseSource {
  private static final Map<RuleSetName, String> PATHS =
      Map.of(
          RuleSetName.PRICING, "io/mandi/pricing/rules/pricing.drl",
          RuleSetName.CREDIT, "io/mandi/credit/rules/credit-check.drl",
          RuleSetName.ORDER_VALIDATION, "io/mandi/order/rules/order-validation.drl",
          RuleSetName.VENDOR_RANKING, "io/mandi/vendor/rules/vendor-ranking.drl",
          RuleSetName.RECOVERY_REMEDY, "io/mandi/recovery/rules/remedy.drl",
          RuleSetName.RFQ_SHORTLIST, "io/mandi/rfq/rules/rfq-shortlist.drl",
          RuleSetName.QUOTE_SCORING, "io/mandi/rfq/rules/quote-scoring.drl",
          RuleSetName.DURATIONS, "io/mandi/durations/rules/durations.drl");

  private static final ShippedRules INSTANCE = new ShippedRules();

  private final Map<RuleSetName, CompiledRules> compiled = new ConcurrentHashMap<>();

  private ShippedRules() {}

  /** The shipped rules, each compiled once when first asked for. */
  public static RuleBaseSource source() {
    return INSTANCE;
  }

  public static String path(RuleSetName set) {
    return PATHS.get(set);
  }

  /** Sets that ship a decision table admins may start a table draft from (same decisions). */
  private static final Map<RuleSetName, String> TABLES =
      Map.of(RuleSetName.CREDIT, "io/mandi/credit/rules/credit-check.drl.csv");

  public static java.util.Optional<String> tableTemplate(RuleSetName set) {
    return java.util.Optional.ofNullable(TABLES.get(set)).map(RuleBaseCompiler::readClasspath);
  }

  public static String text(RuleSetName set) {
    return RuleBaseCompiler.readClasspath(path(set));
  }

  @Override
  public CompiledRules current(RuleSetName set) {
    return compiled.computeIfAbsent(
        set,
        name ->
            new CompiledRules(
                name.key() + " (shipped)", RuleBaseCompiler.compileClasspath(path(name))));
  }
}
