package io.mandi.rfq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.catalog.SellerKind;
import io.mandi.rfq.QuoteFacts;
import io.mandi.rfq.QuoteScore;
import io.mandi.ruleset.rules.ShippedRules;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsQuoteScoringPolicyTest {
  static final DroolsQuoteScoringPolicy policy =
      new DroolsQuoteScoringPolicy(ShippedRules.source());

  static QuoteFacts quote(long id, String total, String lowest, int lead, int fastest, int late) {
    return new QuoteFacts(
        id,
        id,
        "Seller " + id,
        SellerKind.MANUFACTURER,
        false,
        new BigDecimal(total),
        new BigDecimal(lowest),
        null,
        lead,
        fastest,
        late,
        1.0,
        1.0);
  }

  @ParameterizedTest(name = "total {0} (lowest {1}), {2} days (fastest {3}), {4} late -> {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        // price 50 x ratio + lead 20 x ratio + record 20 - lateness (5 a day, at most 25)
        "1000 | 1000 | 2 | 2 | 0 | 90.00",
        "1250 | 1000 | 2 | 2 | 0 | 80.00",
        "1000 | 1000 | 4 | 2 | 0 | 80.00",
        "1000 | 1000 | 0 | 0 | 0 | 90.00",
        "1000 | 1000 | 2 | 2 | 1 | 85.00",
        "1000 | 1000 | 2 | 2 | 5 | 65.00",
        "1000 | 1000 | 2 | 2 | 9 | 65.00"
      })
  void scoresPriceLeadTimeRecordAndLatenessAtTheirBoundaries(
      String total, String lowest, int lead, int fastest, int late, String expected) {
    QuoteScore score = policy.score(List.of(quote(1, total, lowest, lead, fastest, late))).get(0);
    assertThat(score.score()).as(String.join("; ", score.reasons())).isEqualByComparingTo(expected);
    assertThat(score.rules()).isEqualTo("quote-scoring (shipped)");
  }

  @Test
  void ranksBestFirstAndExplainsEachPart() {
    QuoteFacts cheapButSlow = quote(1, "900", "900", 10, 2, 3);
    QuoteFacts fairAndFast =
        new QuoteFacts(
            2,
            2,
            "Local SHG",
            SellerKind.SHG,
            true,
            new BigDecimal("950"),
            new BigDecimal("900"),
            new BigDecimal("1000"),
            2,
            2,
            0,
            null,
            null);

    List<QuoteScore> ranked = policy.score(List.of(cheapButSlow, fairAndFast));

    assertThat(ranked).extracting(QuoteScore::quoteId).containsExactly(2L, 1L);
    assertThat(ranked.getFirst().reasons())
        .contains(
            "5.6% above the lowest price (+47.4)",
            "at or below your target price (+5.0)",
            "ships in 2 days (+20.0)",
            "accepts 80% of orders offered (+8.0)",
            "dispatches from the delivery region (+5.0)",
            "a self-help group (+5.0)");
    assertThat(ranked.get(1).reasons())
        .contains("the lowest price (+50.0)", "arrives 3 days after your date (-15.0)");
  }
}
