package io.mandi.durations.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import io.mandi.durations.Deadline;
import io.mandi.durations.DurationFacts;
import io.mandi.durations.OrderDurations;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.ShadowChange;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.JsonScenarioEvaluator;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Durations scenarios: given a buyer kind, seller kind and order amount, the durations named in the
 * expected result ("inspectionPeriod=P7D, dispatch=P2D"); durations not named are not checked.
 */
@Component
class DurationsEvaluator extends JsonScenarioEvaluator<DurationFacts> {

  DurationsEvaluator() {
    super(new TypeReference<>() {});
  }

  @Override
  public RuleSetName set() {
    return RuleSetName.DURATIONS;
  }

  @Override
  protected Result evaluate(CompiledRules rules, DurationFacts facts) {
    OrderDurations durations = DroolsDurationPolicy.decideWith(rules, facts);
    return new Result(
        durations.summary(),
        Arrays.stream(Deadline.values())
            .map(d -> d.key() + " " + durations.iso(d) + " (" + durations.decidedBy().get(d) + ")")
            .collect(Collectors.joining("; ")));
  }

  @Override
  protected String checkExpected(String expected) {
    try {
      if (parse(expected).isEmpty()) {
        return "Name at least one duration, e.g. inspectionPeriod=P3D";
      }
      return null;
    } catch (IllegalArgumentException wrong) {
      return wrong.getMessage();
    }
  }

  @Override
  protected boolean passes(String result, String expected) {
    Map<Deadline, Duration> actual = parse(result);
    return parse(expected).entrySet().stream()
        .allMatch(named -> named.getValue().equals(actual.get(named.getKey())));
  }

  /** Only the durations that change are shown, e.g. "inspectionPeriod=P3D" → "…=P7D". */
  @Override
  protected ShadowChange change(String request, String before, String after) {
    if (before.startsWith("error") || after.startsWith("error")) {
      return super.change(request, before, after);
    }
    Map<Deadline, Duration> old = parse(before);
    Map<Deadline, Duration> now = parse(after);
    return new ShadowChange(request, changed(old, now, old), changed(old, now, now), null);
  }

  private static String changed(
      Map<Deadline, Duration> old, Map<Deadline, Duration> now, Map<Deadline, Duration> shown) {
    return Arrays.stream(Deadline.values())
        .filter(d -> !Objects.equals(old.get(d), now.get(d)))
        .map(d -> d.key() + "=" + OrderDurations.iso(shown.get(d)))
        .collect(Collectors.joining(", "));
  }

  /** "name=ISO, name=ISO" as durations by deadline; refused with the reason when it is not. */
  static Map<Deadline, Duration> parse(String text) {
    Map<Deadline, Duration> durations = new EnumMap<>(Deadline.class);
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] nameAndValue = part.strip().split("=", 2);
      Deadline deadline =
          Deadline.ofKey(nameAndValue[0].strip())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "'"
                              + nameAndValue[0].strip()
                              + "' is not a duration of an order; the names are: "
                              + Arrays.stream(Deadline.values())
                                  .map(Deadline::key)
                                  .collect(Collectors.joining(", "))));
      if (nameAndValue.length < 2) {
        throw new IllegalArgumentException("Write " + deadline.key() + "=<duration>, e.g. P3D");
      }
      try {
        durations.put(deadline, Duration.parse(nameAndValue[1].strip()));
      } catch (DateTimeParseException notADuration) {
        throw new IllegalArgumentException(
            "'" + nameAndValue[1].strip() + "' is not a duration such as PT24H or P3D");
      }
    }
    return durations;
  }
}
