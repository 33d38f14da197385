package io.mandi.ruleset.rules;

import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowRun;
import java.util.List;

/** Runs one rule set's scenarios and shadow runs on compiled rules (one per set that has them). */
public interface RuleSetEvaluator {

  RuleSetName set();

  /** The problem with a scenario's facts or expected result, in words; null when runnable. */
  String checkScenario(String given, String expected);

  List<ScenarioOutcome> run(CompiledRules rules, List<RuleScenario> scenarios);

  /** Whether the set keeps its real requests, so that a draft can be shadow-run on them. */
  default boolean shadowRuns() {
    return true;
  }

  ShadowRun shadowRun(CompiledRules draft, CompiledRules published, int lastRequests);
}
