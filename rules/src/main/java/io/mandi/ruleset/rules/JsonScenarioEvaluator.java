package io.mandi.ruleset.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Scenarios of a rule set whose facts are given as JSON in the shape of its facts record, and whose
 * result is one word (a decision, a remedy) or a short list. Shadow runs need the set's real
 * requests kept, which only pricing does, so they are not offered here.
 */
public abstract class JsonScenarioEvaluator<F> implements RuleSetEvaluator {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** A result and how the rules reached it. */
  public record Result(String value, String explanation) {}

  private final TypeReference<F> type;

  protected JsonScenarioEvaluator(TypeReference<F> type) {
    this.type = type;
  }

  /** Evaluates the facts with the compiled rules. */
  protected abstract Result evaluate(CompiledRules rules, F facts);

  /** The results a scenario may expect, or empty when any text is allowed. */
  protected Set<String> results() {
    return Set.of();
  }

  @Override
  public String checkScenario(String given, String expected) {
    try {
      if (JSON.readValue(given, type) == null) {
        return "The facts are empty";
      }
    } catch (JsonProcessingException wrong) {
      return "The facts do not fit this rule set: "
          + wrong.getOriginalMessage().lines().findFirst().orElse("");
    }
    if (!results().isEmpty() && !results().contains(expected)) {
      return "The expected result must be one of: " + String.join(", ", results());
    }
    return null;
  }

  @Override
  public List<ScenarioOutcome> run(CompiledRules rules, List<RuleScenario> scenarios) {
    List<ScenarioOutcome> outcomes = new ArrayList<>();
    for (RuleScenario scenario : scenarios) {
      try {
        Result result = evaluate(rules, JSON.readValue(scenario.given(), type));
        outcomes.add(
            new ScenarioOutcome(
                scenario,
                result.value(),
                result.value().equals(scenario.expected()),
                result.explanation()));
      } catch (JsonProcessingException | RuntimeException failed) {
        outcomes.add(
            new ScenarioOutcome(scenario, "error", false, String.valueOf(failed.getMessage())));
      }
    }
    return outcomes;
  }

  @Override
  public boolean shadowRuns() {
    return false;
  }

  @Override
  public ShadowRun shadowRun(CompiledRules draft, CompiledRules published, int lastRequests) {
    throw new RuleSetRefusedException("Shadow runs are available for the pricing rules");
  }
}
