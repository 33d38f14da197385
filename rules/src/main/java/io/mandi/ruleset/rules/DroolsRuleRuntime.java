package io.mandi.ruleset.rules;

import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleProblem;
import io.mandi.ruleset.RuleRuntime;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Drools behind the admins' rule work. Checking a draft compiles it, runs its scenarios and shadow
 * run; the same text is compiled once and kept for the next step (a few texts at most).
 */
@Component
class DroolsRuleRuntime implements RuleRuntime {
  private static final int CACHED_TEXTS = 8;

  private final PublishedRuleBases published;
  private final Map<RuleSetName, RuleSetEvaluator> evaluators;
  private final Map<String, RuleBaseCompiler.Compiled> compiled =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RuleBaseCompiler.Compiled> eldest) {
          return size() > CACHED_TEXTS;
        }
      };

  DroolsRuleRuntime(PublishedRuleBases published, List<RuleSetEvaluator> evaluators) {
    this.published = published;
    this.evaluators =
        evaluators.stream().collect(Collectors.toMap(RuleSetEvaluator::set, Function.identity()));
  }

  @Override
  public List<RuleProblem> compile(RuleSetName set, RuleFormat format, String drl) {
    return compiled(set, format, drl).problems();
  }

  @Override
  public boolean evaluates(RuleSetName set) {
    return evaluators.containsKey(set);
  }

  @Override
  public String checkScenario(RuleSetName set, String given, String expected) {
    return evaluator(set).checkScenario(given, expected);
  }

  @Override
  public List<ScenarioOutcome> run(
      RuleSetName set, RuleFormat format, String drl, List<RuleScenario> scenarios) {
    if (scenarios.isEmpty()) {
      return List.of();
    }
    return evaluator(set).run(rules(set, format, drl), scenarios);
  }

  @Override
  public String tableFromFile(String fileName, byte[] content) {
    return DecisionTableFiles.toCsv(fileName, content);
  }

  @Override
  public byte[] tableAsWorkbook(RuleSetName set, String csv) {
    return DecisionTableFiles.toWorkbook(set.key(), csv);
  }

  @Override
  public java.util.Optional<String> tableTemplate(RuleSetName set) {
    return ShippedRules.tableTemplate(set);
  }

  @Override
  public boolean shadowRuns(RuleSetName set) {
    return evaluates(set) && evaluators.get(set).shadowRuns();
  }

  @Override
  public ShadowRun shadowRun(RuleSetName set, RuleFormat format, String drl, int lastRequests) {
    return evaluator(set).shadowRun(rules(set, format, drl), published.current(set), lastRequests);
  }

  @Override
  public void activate(RuleSetName set) {
    published.activate(set);
  }

  @Override
  public java.util.Optional<String> activationProblem(RuleSetName set) {
    return published.problem(set);
  }

  private CompiledRules rules(RuleSetName set, RuleFormat format, String drl) {
    RuleBaseCompiler.Compiled result = compiled(set, format, drl);
    if (!result.ok()) {
      throw new RuleSetRefusedException("The rules do not compile: " + result.problems());
    }
    return new CompiledRules(set.key() + " draft", result.base());
  }

  private synchronized RuleBaseCompiler.Compiled compiled(
      RuleSetName set, RuleFormat format, String drl) {
    return compiled.computeIfAbsent(
        set.key() + "\n" + format + "\n" + drl,
        key -> RuleBaseCompiler.compile(ShippedRules.path(set), format, drl));
  }

  private RuleSetEvaluator evaluator(RuleSetName set) {
    RuleSetEvaluator evaluator = evaluators.get(set);
    if (evaluator == null) {
      throw new RuleSetRefusedException("Scenarios are not available for this rule set");
    }
    return evaluator;
  }
}
