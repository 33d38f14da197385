package io.mandi.ruleset.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.money.IndianFormat;
import io.mandi.ruleset.RuleRequest;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowChange;
import io.mandi.ruleset.ShadowRun;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenarios and shadow runs of a rule set whose facts are given as JSON in the shape of its facts
 * record, and whose result is one word (a decision, a remedy) or a short list. A shadow run reads
 * the set's real requests kept by {@link RuleRequests} and evaluates each with the draft and with
 * the published version.
 */
public abstract class JsonScenarioEvaluator<F> implements RuleSetEvaluator {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** A result and how the rules reached it. */
  public record Result(String value, String explanation) {}

  private final TypeReference<F> type;
  private RuleRequests requests;

  protected JsonScenarioEvaluator(TypeReference<F> type) {
    this.type = type;
  }

  /** The set's kept real requests (absent where nothing keeps them, as in some tests). */
  @Autowired(required = false)
  void keptRequests(RuleRequests requests) {
    this.requests = requests;
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
    return checkExpected(expected);
  }

  /** The problem with an expected result, in words; null when it can be compared. */
  protected String checkExpected(String expected) {
    if (!results().isEmpty() && !results().contains(expected)) {
      return "The expected result must be one of: " + String.join(", ", results());
    }
    return null;
  }

  /** Whether a result is what the scenario expects (the same text, unless a set says more). */
  protected boolean passes(String result, String expected) {
    return result.equals(expected);
  }

  /** How a request's change is shown: both results whole, unless a set says more. */
  protected ShadowChange change(String request, String before, String after) {
    return new ShadowChange(request, before, after, null);
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
                passes(result.value(), scenario.expected()),
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
    return requests != null;
  }

  /**
   * Every kept request whose result the draft would change, each request once (its newest
   * decision). A request whose facts no longer fit the set (kept by an earlier release) is left out
   * of the count.
   */
  @Override
  public ShadowRun shadowRun(CompiledRules draft, CompiledRules published, int lastRequests) {
    if (requests == null) {
      throw new RuleSetRefusedException("This rule set keeps no requests to shadow-run on");
    }
    int evaluated = 0;
    List<ShadowChange> changes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (RuleRequest request : requests.last(set(), lastRequests)) {
      if (!seen.add(request.request())) {
        continue; // a step retried by the engine decided the same request again: the newest counts
      }
      F facts;
      try {
        facts = JSON.readValue(request.facts(), type);
      } catch (JsonProcessingException noLongerFits) {
        continue;
      }
      evaluated++;
      String before = resultOrError(published, facts);
      String after = resultOrError(draft, facts);
      if (!before.equals(after)) {
        changes.add(
            change(
                request.request() + " (" + IndianFormat.time(request.decidedAt()) + ")",
                before,
                after));
      }
    }
    return new ShadowRun(evaluated, changes);
  }

  private String resultOrError(CompiledRules rules, F facts) {
    try {
      return evaluate(rules, facts).value();
    } catch (RuntimeException failed) {
      return "error: " + failed.getMessage();
    }
  }
}
