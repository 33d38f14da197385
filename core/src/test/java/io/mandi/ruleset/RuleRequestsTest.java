package io.mandi.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.BuyerKind;
import io.mandi.credit.CreditFacts;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule sets keep their real requests' facts for shadow runs: in the JSON shape their scenarios
 * take, newest first, and only the newest {@code mandi.rules.shadow-requests} (500) per set.
 */
@CoreTest
class RuleRequestsTest {
  @Autowired RuleRequests requests;

  @Test
  void onlyTheNewestRequestsOfASetAreKeptInTheShapeOfItsScenarios() {
    for (int order = 1; order <= 503; order++) {
      requests.record(
          RuleSetName.CREDIT,
          "Order #" + order,
          new CreditFacts(
              BuyerKind.RETAILER,
              new BigDecimal("1000.00"),
              BigDecimal.ZERO,
              BigDecimal.valueOf(order)));
    }
    requests.record(RuleSetName.QUOTE_SCORING, "Request #999999", List.of());

    requests.forgetOld();

    List<RuleRequest> kept = requests.last(RuleSetName.CREDIT, 10_000);
    assertThat(kept).hasSize(500);
    assertThat(kept.getFirst().request()).isEqualTo("Order #503");
    assertThat(kept.getLast().request()).isEqualTo("Order #4");
    assertThat(kept.getFirst().facts())
        .isEqualTo(
            "{\"buyerKind\":\"RETAILER\",\"creditLimit\":1000.00,\"openExposure\":0,"
                + "\"orderAmount\":503}");
    // another set's requests are kept apart (other tests scored quotes before this one)
    assertThat(requests.last(RuleSetName.QUOTE_SCORING, 5).getFirst())
        .extracting(RuleRequest::request, RuleRequest::facts)
        .containsExactly("Request #999999", "[]");
    assertThat(requests.last(RuleSetName.CREDIT, 3)).hasSize(3);
  }

  @Test
  void factsThatCannotBeWrittenAreSkippedWithoutFailingTheDecision() {
    int before = requests.last(RuleSetName.VENDOR_RANKING, 500).size();

    requests.record(RuleSetName.VENDOR_RANKING, "Order #1, round 1", new Object());

    assertThat(requests.last(RuleSetName.VENDOR_RANKING, 500)).hasSize(before);
  }
}
