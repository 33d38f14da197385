package io.mandi.pricing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.BuyerKind;
import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.ShippedRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsPricingPolicyTest {
  static final DroolsPricingPolicy policy = new DroolsPricingPolicy(ShippedRules.source());

  @ParameterizedTest(
      name = "{0} x{1} at {2}: floor {3} cost {4} stock {5} age {6} rival {7} month {8} -> {9}")
  @CsvSource(
      nullValues = "none",
      value = {
        // customer groups, the bulk boundary
        "RETAILER,    99,  100.00, none,  none,  300,  none, none,  12, 100.00, ''",
        "RETAILER,    100, 100.00, none,  none,  300,  none, none,  12, 99.00,  Bulk retailer price",
        "DISTRIBUTOR, 1,   100.00, none,  none,  300,  none, none,  12, 97.00,  Distributor price",
        "GOVERNMENT,  1,   100.00, none,  none,  300,  none, none,  12, 98.00,  Government buyer price",
        "DISTRIBUTOR, 3,   33.33,  none,  none,  none, none, none,  none, 32.33, Distributor price",
        // stock age: 90 and 180 days are the last days without the bigger markdown
        "RETAILER,    5,   100.00, none,  none,  300,  90,   none,  12, 100.00, ''",
        "RETAILER,    5,   100.00, none,  none,  300,  91,   none,  12, 90.00,  Markdown: stock older than 90 days",
        "RETAILER,    5,   100.00, none,  none,  300,  180,  none,  12, 90.00,  Markdown: stock older than 90 days",
        "RETAILER,    5,   100.00, none,  none,  300,  181,  none,  12, 75.00,  Markdown: stock older than 180 days",
        // stock level
        "RETAILER,    5,   100.00, none,  none,  9,    none, none,  12, 105.00, Markup: low stock",
        "RETAILER,    5,   100.00, none,  none,  10,   none, none,  12, 100.00, ''",
        "RETAILER,    5,   100.00, none,  none,  5000, none, none,  12, 100.00, ''",
        "RETAILER,    5,   100.00, none,  none,  5001, none, none,  12, 95.00,  Markdown: high stock",
        // season
        "RETAILER,    5,   100.00, none,  none,  300,  none, none,  7,  97.00,  Season: Monsoon",
        "RETAILER,    5,   100.00, none,  none,  300,  none, none,  9,  100.00, ''",
        // competitor: beaten by 1 %, ignored when dearer
        "RETAILER,    5,   100.00, none,  none,  300,  none, 95.00, 12, 94.05,  Beat a cheaper competitor",
        "RETAILER,    5,   100.00, none,  none,  300,  none, 101.0, 12, 100.00, ''",
        // guardrails: the ceiling, the seller's floor, cost plus margin (whichever is higher)
        "RETAILER,    5,   100.00, none,  none,  1,    none, none,  12, 105.00, Markup: low stock",
        "DISTRIBUTOR, 1,   100.00, 98.00, none,  300,  none, none,  12, 98.00,  Distributor price|Floor: seller's minimum and cost plus margin",
        "DISTRIBUTOR, 1,   100.00, 97.00, none,  300,  none, none,  12, 97.00,  Distributor price",
        "RETAILER,    5,   100.00, none,  95.00, 300,  200,  none,  12, 99.75,  Markdown: stock older than 180 days|Floor: seller's minimum and cost plus margin",
        "RETAILER,    5,   100.00, 80.00, 60.00, 300,  200,  none,  12, 80.00,  Markdown: stock older than 180 days|Floor: seller's minimum and cost plus margin",
        "RETAILER,    5,   100.00, 99.00, none,  300,  none, 50.00, 12, 99.00,  Beat a cheaper competitor|Floor: seller's minimum and cost plus margin"
      })
  void pricesAtTheBoundaries(
      BuyerKind kind,
      int quantity,
      BigDecimal list,
      BigDecimal floor,
      BigDecimal cost,
      Integer stock,
      Integer ageDays,
      BigDecimal competitor,
      Integer month,
      BigDecimal expected,
      String rules) {
    PricedLine priced =
        policy.price(
            new PricingFacts(kind, quantity, list, floor, cost, stock, ageDays, competitor, month));

    assertThat(priced.unitPrice()).isEqualByComparingTo(expected);
    List<String> names = rules.isEmpty() ? List.of() : List.of(rules.split("\\|"));
    assertThat(priced.rules()).hasSameSizeAs(names);
    for (int i = 0; i < names.size(); i++) {
      assertThat(priced.rules().get(i)).startsWith(names.get(i) + ": ");
    }
  }

  @Test
  void eachStepSaysWhatTheRuleSawAndThePriceBeforeAndAfter() {
    PricedLine priced =
        policy.price(
            new PricingFacts(
                BuyerKind.DISTRIBUTOR,
                5,
                new BigDecimal("100.00"),
                null,
                null,
                300,
                120,
                null,
                12));

    assertThat(priced.rules())
        .containsExactly(
            "Distributor price: the buyer is a distributor, 3% off (₹100.00 → ₹97.00)",
            "Markdown: stock older than 90 days: in stock for 120 days, 10% off (₹97.00 → ₹87.30)");
    assertThat(priced.ruleSetVersion()).isEqualTo("pricing (shipped)");
  }

  @Test
  void theShippedRulesAreWhatThePricingFormWritesForItsDefaults() {
    assertThat(ShippedRules.text(RuleSetName.PRICING))
        .isEqualTo(PricingRuleForm.defaults().toDrl());
  }

  /** The DRL the form writes and the same policy in plain Java agree on every line and step. */
  @Test
  void theFormsRulesAndPlainJavaGiveIdenticalPricesAndSteps() {
    PricingRuleForm form =
        new PricingRuleForm(
            new BigDecimal("4.5"),
            new BigDecimal("2"),
            new BigDecimal("1.25"),
            50,
            new BigDecimal("15"),
            new BigDecimal("30"),
            20,
            new BigDecimal("7"),
            800,
            new BigDecimal("4"),
            "Festive",
            List.of(10, 11),
            new BigDecimal("6"),
            BigDecimal.ZERO,
            new BigDecimal("8"),
            new BigDecimal("12"));
    var compiled = RuleBaseCompiler.compile("io/mandi/pricing/rules/pricing.drl", form.toDrl());
    assertThat(compiled.problems()).isEmpty();
    var rules = new io.mandi.ruleset.rules.CompiledRules("form", compiled.base());
    PlainJavaPricing plain = new PlainJavaPricing(form, "form");

    List<PricingFacts> lines = randomLines(new Random(11), 5_000);
    List<PricedLine> byRules = DroolsPricingPolicy.priceWith(rules, lines);
    List<PricedLine> byJava = plain.priceAll(lines);

    assertThat(byRules).isEqualTo(byJava);
    assertThat(byRules.stream().filter(line -> !line.rules().isEmpty()).count())
        .as("most lines are changed by some rule")
        .isGreaterThan(4_000);
  }

  static List<PricingFacts> randomLines(Random random, int count) {
    BuyerKind[] kinds = BuyerKind.values();
    List<PricingFacts> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      BigDecimal list = BigDecimal.valueOf(500 + random.nextInt(500_000), 2);
      lines.add(
          new PricingFacts(
              kinds[random.nextInt(kinds.length)],
              1 + random.nextInt(200),
              list,
              random.nextBoolean()
                  ? list.multiply(new BigDecimal("0.85"))
                      .setScale(2, java.math.RoundingMode.HALF_EVEN)
                  : null,
              random.nextInt(3) == 0
                  ? list.multiply(new BigDecimal("0.7"))
                      .setScale(2, java.math.RoundingMode.HALF_EVEN)
                  : null,
              random.nextInt(10) == 0 ? null : random.nextInt(1200),
              random.nextBoolean() ? random.nextInt(400) : null,
              random.nextInt(4) == 0
                  ? list.multiply(new BigDecimal("0.93"))
                      .setScale(2, java.math.RoundingMode.HALF_EVEN)
                  : null,
              1 + random.nextInt(12)));
    }
    return lines;
  }
}
