package io.mandi.durations.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.BuyerKind;
import io.mandi.catalog.SellerKind;
import io.mandi.durations.Deadline;
import io.mandi.durations.DurationFacts;
import io.mandi.durations.OrderDurations;
import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.ShippedRules;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsDurationPolicyTest {
  static final DroolsDurationPolicy policy = new DroolsDurationPolicy(ShippedRules.source());

  @ParameterizedTest(name = "{0} buys {2} from a {1}: dispatch {3}, inspection {4} by \"{5}\"")
  @CsvSource({
    "RETAILER,    MANUFACTURER, 12000.00,  P2D, P3D, Standard durations",
    "DISTRIBUTOR, WHOLESALER,   499999.99, P2D, P3D, Standard durations",
    "DISTRIBUTOR, WHOLESALER,   500000.00, P2D, P5D, Orders of 5 lakh or more get 5 days to inspect",
    "RETAILER,    SHG,          8000.00,   P3D, P3D, Standard durations",
    "GOVERNMENT,  MANUFACTURER, 100.00,    P2D, P7D, Government buyers inspect for 7 days",
    "GOVERNMENT,  SHG,          900000.00, P3D, P7D, Government buyers inspect for 7 days"
  })
  void decidesEachDurationByTheNarrowestRule(
      BuyerKind buyer,
      SellerKind seller,
      BigDecimal amount,
      Duration dispatch,
      Duration inspection,
      String inspectionRule) {
    OrderDurations durations = policy.decide(new DurationFacts(buyer, seller, amount));

    assertThat(durations.of(Deadline.DISPATCH)).isEqualTo(dispatch);
    assertThat(durations.of(Deadline.INSPECTION)).isEqualTo(inspection);
    assertThat(durations.decidedBy().get(Deadline.INSPECTION)).isEqualTo(inspectionRule);
    // the rest are the standard ones, whoever buys
    assertThat(durations.of(Deadline.SELLER_ACCEPTANCE)).isEqualTo(Duration.ofHours(24));
    assertThat(durations.of(Deadline.PAYMENT)).isEqualTo(Duration.ofHours(48));
    assertThat(durations.of(Deadline.MEDIATION)).isEqualTo(Duration.ofDays(2));
    assertThat(durations.rulesVersion()).isEqualTo("durations (shipped)");
  }

  @Test
  void aVersionThatLeavesADurationUnsetCannotDecide() {
    String withoutMediation =
        ShippedRules.text(RuleSetName.DURATIONS)
            .replace("    $order.set(Deadline.MEDIATION, \"P2D\");\n", "");
    CompiledRules rules = compile(withoutMediation);

    assertThatThrownBy(
            () ->
                DroolsDurationPolicy.decideWith(
                    rules,
                    new DurationFacts(BuyerKind.RETAILER, SellerKind.MANUFACTURER, BigDecimal.TEN)))
        .hasMessageContaining("no positive mediation");
  }

  @Test
  void aMisspeltDurationNameDoesNotCompile() {
    String typo =
        ShippedRules.text(RuleSetName.DURATIONS)
            .replace("Deadline.INSPECTION, \"P7D\"", "Deadline.INSPECTON, \"P7D\"");

    RuleBaseCompiler.Compiled compiled =
        RuleBaseCompiler.compile(ShippedRules.path(RuleSetName.DURATIONS), RuleFormat.DRL, typo);

    assertThat(compiled.problems()).isNotEmpty();
    assertThat(compiled.problems().toString()).contains("INSPECTON");
    assertThat(compiled.problems()).anyMatch(problem -> problem.line() > 0);
  }

  @Test
  void aDurationThatIsNoDurationOrTooLongIsRefusedNamingTheRule() {
    CompiledRules typo = compile(ShippedRules.text(RuleSetName.DURATIONS).replace("P7D", "7 days"));
    CompiledRules tooLong =
        compile(ShippedRules.text(RuleSetName.DURATIONS).replace("P7D", "P120D"));
    DurationFacts government =
        new DurationFacts(BuyerKind.GOVERNMENT, SellerKind.MANUFACTURER, BigDecimal.TEN);

    assertThatThrownBy(() -> DroolsDurationPolicy.decideWith(typo, government))
        .hasMessageContaining("Government buyers inspect for 7 days")
        .hasMessageContaining("'7 days' is not a duration");
    assertThatThrownBy(() -> DroolsDurationPolicy.decideWith(tooLong, government))
        .hasMessageContaining("at most 90 days");
  }

  @Test
  void scenariosNameOnlyTheDurationsTheyCheck() {
    DurationsEvaluator evaluator = new DurationsEvaluator();
    String government = "{\"buyerKind\":\"GOVERNMENT\",\"sellerKind\":\"SHG\",\"orderAmount\":100}";

    List<ScenarioOutcome> outcomes =
        evaluator.run(
            ShippedRules.source().current(RuleSetName.DURATIONS),
            List.of(
                scenario("right", government, "inspectionPeriod=P7D, dispatch=PT72H"),
                scenario("wrong", government, "inspectionPeriod=P3D")));

    assertThat(outcomes).extracting(ScenarioOutcome::passed).containsExactly(true, false);
    assertThat(outcomes.getFirst().explanation())
        .contains("inspectionPeriod P7D (Government buyers inspect for 7 days)");
    assertThat(evaluator.checkScenario(government, "inspection=P3D"))
        .contains("'inspection' is not a duration of an order");
    assertThat(evaluator.checkScenario(government, "inspectionPeriod=3 days"))
        .contains("'3 days' is not a duration");
    assertThat(evaluator.checkScenario("{\"buyerKind\":\"KING\"}", "inspectionPeriod=P3D"))
        .startsWith("The facts do not fit this rule set");
    assertThat(evaluator.checkScenario(government, "inspectionPeriod=P3D")).isNull();
  }

  private static RuleScenario scenario(String name, String given, String expected) {
    return new RuleScenario(0, "durations", name, given, expected, "test", Instant.EPOCH);
  }

  private static CompiledRules compile(String drl) {
    RuleBaseCompiler.Compiled compiled =
        RuleBaseCompiler.compile(ShippedRules.path(RuleSetName.DURATIONS), RuleFormat.DRL, drl);
    assertThat(compiled.problems()).isEmpty();
    return new CompiledRules("durations draft", compiled.base());
  }
}
