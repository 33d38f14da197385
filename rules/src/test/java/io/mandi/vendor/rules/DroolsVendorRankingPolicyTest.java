package io.mandi.vendor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.ruleset.rules.ShippedRules;
import io.mandi.vendor.VendorCandidate;
import io.mandi.vendor.VendorRanking;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsVendorRankingPolicyTest {
  static final DroolsVendorRankingPolicy policy =
      new DroolsVendorRankingPolicy(ShippedRules.source());

  /** A new vendor with two lines covered, no history, not local, not chosen by the buyer. */
  static VendorCandidate vendor(long id) {
    return new VendorCandidate(
        id, "Vendor " + id, 2, 2, 2, 2, 0, 0, 10, 0, 0, null, 0, 0, 0, 0, false, false);
  }

  static VendorCandidate with(
      VendorCandidate v, int offered, int stocked, int orderable, int open, boolean asked) {
    return new VendorCandidate(
        v.sellerId(),
        v.sellerName(),
        v.lineCount(),
        offered,
        stocked,
        orderable,
        v.localLines(),
        open,
        v.capacity(),
        v.roundsOffered(),
        v.roundsAccepted(),
        v.avgResponseMinutes(),
        v.confirmedOrders(),
        v.cancelledAfterConfirmation(),
        v.deliveries(),
        v.onTimeDeliveries(),
        v.preferred(),
        asked);
  }

  @ParameterizedTest(name = "offered {0}, stocked {1}, orderable {2}, open {3}, asked {4} -> {5}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 | 2 | 2 | 0  | false | eligible",
        "1 | 1 | 1 | 0  | false | does not list every product of the order",
        "2 | 1 | 2 | 0  | false | not enough stock",
        "2 | 2 | 1 | 0  | false | its minimum order quantity is above the ordered quantity",
        "2 | 2 | 2 | 0  | true  | already offered this order",
        "2 | 2 | 2 | 9  | false | eligible",
        "2 | 2 | 2 | 10 | false | at capacity (10 of 10 open orders)"
      })
  void skipsVendorsThatCannotServeTheOrder(
      int offered, int stocked, int orderable, int open, boolean asked, String expected) {
    VendorRanking ranking =
        policy.rank(List.of(with(vendor(1), offered, stocked, orderable, open, asked))).get(0);

    if (expected.equals("eligible")) {
      assertThat(ranking.eligible()).isTrue();
      assertThat(ranking.reason()).startsWith("Score ");
    } else {
      assertThat(ranking.eligible()).isFalse();
      assertThat(ranking.reason()).startsWith("Skipped: ").contains(expected);
    }
  }

  @Test
  void aNewVendorScoresFromThePriorAndExplainsEveryPoint() {
    VendorRanking ranking = policy.rank(List.of(vendor(1))).get(0);

    // 40*0.8 + 20*0.8 + 15*1 + 10*0.5 = 68
    assertThat(ranking.score()).isEqualByComparingTo("68.00");
    assertThat(ranking.reason())
        .contains("accepts 80% of offers (+32.0)")
        .contains("delivers 80% on time (+16.0)")
        .contains("cancels 0% of confirmed orders (+15.0)")
        .contains("answers in 60 min on average (+5.0)");
  }

  @Test
  void theBuyersChoiceComesFirstThenHistoryThenLoad() {
    VendorCandidate chosen =
        new VendorCandidate(
            3, "Chosen", 1, 1, 1, 1, 0, 0, 10, 10, 2, 240.0, 5, 2, 5, 1, true, false);
    VendorCandidate reliable =
        new VendorCandidate(
            2, "Reliable", 1, 1, 1, 1, 1, 0, 10, 20, 20, 10.0, 20, 0, 20, 20, false, false);
    VendorCandidate busy =
        new VendorCandidate(
            1, "Busy", 1, 1, 1, 1, 1, 8, 10, 20, 20, 10.0, 20, 0, 20, 20, false, false);
    VendorCandidate empty =
        new VendorCandidate(
            4, "No stock", 1, 1, 0, 1, 1, 0, 10, 0, 0, null, 0, 0, 0, 0, false, false);

    List<VendorRanking> ranking = policy.rank(List.of(busy, empty, reliable, chosen));

    assertThat(ranking)
        .extracting(VendorRanking::sellerName)
        .containsExactly("Chosen", "Reliable", "Busy", "No stock");
    assertThat(ranking.get(2).reason()).contains("already has 8 open orders (-12.0)");
    assertThat(ranking.get(1).reason()).contains("dispatches from the buyer's region (+10.0)");
  }

  @Test
  void equalScoresGoToTheLowerSellerIdSoRankingIsStable() {
    assertThat(policy.rank(List.of(vendor(7), vendor(5), vendor(6))))
        .extracting(VendorRanking::sellerId)
        .containsExactly(5L, 6L, 7L);
  }
}
