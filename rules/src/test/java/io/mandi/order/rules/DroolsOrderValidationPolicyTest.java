package io.mandi.order.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.order.ValidationLine;
import io.mandi.order.Violation;
import io.mandi.ruleset.rules.ShippedRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsOrderValidationPolicyTest {
  static final DroolsOrderValidationPolicy policy =
      new DroolsOrderValidationPolicy(ShippedRules.source());

  @ParameterizedTest(name = "qty {0}, moq {1}, stock {2}, active {3} -> {4}")
  @CsvSource(
      nullValues = "none",
      value = {
        "9,   10, 100, true,  BELOW_MOQ",
        "10,  10, 100, true,  none",
        "1,   1,  1,   true,  none",
        "100, 10, 100, true,  none",
        "101, 10, 100, true,  OVER_STOCK",
        "5,   10, 4,   true,  BELOW_MOQ|OVER_STOCK",
        "10,  10, 100, false, OFFER_INACTIVE",
        "1,   1,  0,   true,  OVER_STOCK"
      })
  void oneLineAtTheBoundaries(int quantity, int moq, int stock, boolean active, String expected) {
    List<Violation> violations =
        policy.validate(
            List.of(new ValidationLine(1, 7, "Ragi Flour", quantity, moq, stock, active)));

    List<String> expectedCodes = expected == null ? List.of() : List.of(expected.split("\\|"));
    assertThat(violations).extracting(Violation::code).containsExactlyElementsOf(expectedCodes);
  }

  @Test
  void messagesNameTheProductAndTheLimit() {
    List<Violation> violations =
        policy.validate(List.of(new ValidationLine(2, 7, "Ragi Flour", 3, 5, 100, true)));

    assertThat(violations)
        .singleElement()
        .hasToString(
            "Line 2: quantity 3 of Ragi Flour is below the seller's minimum order quantity of 5");
  }

  @Test
  void theSameOfferTwiceIsReportedOnTheLaterLine() {
    List<Violation> violations =
        policy.validate(
            List.of(
                new ValidationLine(1, 7, "Ragi Flour", 5, 1, 100, true),
                new ValidationLine(2, 8, "Jowar", 5, 1, 100, true),
                new ValidationLine(3, 7, "Ragi Flour", 5, 1, 100, true)));

    assertThat(violations)
        .extracting(Violation::lineNo, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "DUPLICATE_LINE"));
  }

  @Test
  void violationsComeInLineOrder() {
    List<Violation> violations =
        policy.validate(
            List.of(
                new ValidationLine(1, 1, "A", 500, 1, 10, true),
                new ValidationLine(2, 2, "B", 1, 5, 10, true),
                new ValidationLine(3, 3, "C", 1, 1, 10, false)));

    assertThat(violations).extracting(Violation::lineNo).containsExactly(1, 2, 3);
  }
}
