package io.mandi.pricing.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.BuyerKind;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsPricingPolicyTest {
  static final DroolsPricingPolicy policy = new DroolsPricingPolicy();

  @ParameterizedTest(name = "{0} x{1} at {2} (floor {3}) -> {4} by [{5}]")
  @CsvSource(
      nullValues = "none",
      value = {
        "RETAILER,    99,  100.00, none,  100.00, ''",
        "RETAILER,    100, 100.00, none,  99.00,  Bulk retailer price: 1% off from 100 units",
        "DISTRIBUTOR, 1,   100.00, none,  97.00,  Distributor price: 3% off",
        "GOVERNMENT,  1,   100.00, none,  98.00,  Government buyer price: 2% off",
        "DISTRIBUTOR, 1,   100.00, 98.00, 98.00,  Distributor price: 3% off|Minimum margin floor",
        "DISTRIBUTOR, 1,   100.00, 97.00, 97.00,  Distributor price: 3% off",
        "RETAILER,    1,   100.00, 99.00, 100.00, ''",
        "DISTRIBUTOR, 3,   33.33,  none,  32.33,  Distributor price: 3% off"
      })
  void pricesAtTheBoundaries(
      BuyerKind kind,
      int quantity,
      BigDecimal list,
      BigDecimal floor,
      BigDecimal expected,
      String rules) {
    PricedLine priced = policy.price(new PricingFacts(kind, quantity, list, floor));

    assertThat(priced.unitPrice()).isEqualByComparingTo(expected);
    assertThat(priced.rules()).isEqualTo(rules.isEmpty() ? List.of() : List.of(rules.split("\\|")));
  }

  @Test
  void everyPriceNamesTheRuleSetVersion() {
    PricedLine priced =
        policy.price(new PricingFacts(BuyerKind.RETAILER, 1, new BigDecimal("10.00"), null));

    assertThat(priced.ruleSetVersion()).isEqualTo(policy.version()).matches("pricing@[0-9a-f]{12}");
  }
}
