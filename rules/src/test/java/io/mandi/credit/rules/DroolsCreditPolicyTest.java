package io.mandi.credit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.BuyerKind;
import io.mandi.credit.CreditDecision;
import io.mandi.credit.CreditFacts;
import io.mandi.order.rules.RuleBaseCompiler;
import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.rules.CompiledRules;
import io.mandi.ruleset.rules.ShippedRules;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsCreditPolicyTest {
  static final DroolsCreditPolicy policy = new DroolsCreditPolicy(ShippedRules.source());

  @ParameterizedTest(name = "{0}: limit {1}, open {2}, order {3} -> approved {4} by \"{5}\"")
  @CsvSource({
    "RETAILER,    10000.00, 0.00,     10000.00, true,  Within the credit limit",
    "RETAILER,    10000.00, 0.00,     10000.01, false, Over the credit limit",
    "RETAILER,    10000.00, 9999.99,  0.01,     true,  Within the credit limit",
    "DISTRIBUTOR, 10000.00, 9000.00,  1000.01,  false, Over the credit limit",
    "DISTRIBUTOR, 0.00,     0.00,     1.00,     false, Over the credit limit",
    "GOVERNMENT,  0.00,     50000.00, 99999.00, true,  Government buyers are not limited by credit"
  })
  void decidesAtTheLimit(
      BuyerKind kind,
      BigDecimal limit,
      BigDecimal open,
      BigDecimal order,
      boolean approved,
      String rule) {
    CreditFacts facts = new CreditFacts(kind, limit, open, order);
    CreditDecision decision = policy.decide(facts);

    assertThat(decision.approved()).isEqualTo(approved);
    assertThat(decision.rule()).isEqualTo(rule);
    // the decision table admins may start from decides the same, by its own rows
    CreditDecision byTable = DroolsCreditPolicy.decideWith(TABLE, facts);
    assertThat(byTable.approved()).as("decision table").isEqualTo(approved);
    assertThat(byTable.rule()).endsWith(rule.substring(rule.indexOf(' ') + 1));
  }

  static final CompiledRules TABLE = compiledTable();

  private static CompiledRules compiledTable() {
    String csv = ShippedRules.tableTemplate(RuleSetName.CREDIT).orElseThrow();
    RuleBaseCompiler.Compiled compiled =
        RuleBaseCompiler.compile(ShippedRules.path(RuleSetName.CREDIT), RuleFormat.CSV, csv);
    assertThat(compiled.problems()).isEmpty();
    return new CompiledRules("credit table", compiled.base());
  }

  @org.junit.jupiter.api.Test
  void aBrokenTableIsReportedNotThrown() {
    String csv = ShippedRules.tableTemplate(RuleSetName.CREDIT).orElseThrow();
    RuleBaseCompiler.Compiled compiled =
        RuleBaseCompiler.compile(
            ShippedRules.path(RuleSetName.CREDIT),
            RuleFormat.CSV,
            csv.replace("withinLimit == $param", "withinLimit === $param"));

    assertThat(compiled.ok()).isFalse();
    assertThat(compiled.problems()).isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void theReasonShowsTheFigures() {
    CreditDecision decision =
        policy.decide(
            new CreditFacts(
                BuyerKind.RETAILER,
                new BigDecimal("5000.00"),
                new BigDecimal("4000.00"),
                new BigDecimal("2000.00")));

    assertThat(decision.reason())
        .isEqualTo(
            "Open orders ₹4000.00 + this order ₹2000.00 exceed the credit limit of ₹5000.00");
  }
}
