package io.mandi.rfq.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.catalog.SellerKind;
import io.mandi.rfq.RfqCandidate;
import io.mandi.rfq.ShortlistEntry;
import io.mandi.ruleset.rules.ShippedRules;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DroolsRfqShortlistPolicyTest {
  static final DroolsRfqShortlistPolicy policy =
      new DroolsRfqShortlistPolicy(ShippedRules.source());

  /** A new manufacturer in the trade, listing and stocking both products, not local. */
  static RfqCandidate seller(long id) {
    return new RfqCandidate(
        id,
        "Seller " + id,
        SellerKind.MANUFACTURER,
        2,
        2,
        2,
        2,
        2,
        false,
        0,
        10,
        null,
        null,
        false,
        false);
  }

  static RfqCandidate with(
      RfqCandidate c, int categoryLines, int open, boolean choice, boolean excluded) {
    return new RfqCandidate(
        c.sellerId(),
        c.sellerName(),
        c.kind(),
        c.lineCount(),
        c.productLines(),
        c.offeredLines(),
        c.stockedLines(),
        categoryLines,
        c.local(),
        open,
        c.capacity(),
        c.acceptanceRate(),
        c.onTimeRate(),
        choice,
        excluded);
  }

  @ParameterizedTest(name = "category lines {0}, open {1}, choice {2}, excluded {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2 | 0  | false | false | invited",
        "1 | 0  | false | false | does not sell in the categories asked for",
        "2 | 9  | false | false | invited",
        "2 | 10 | false | false | has no capacity for more orders",
        "1 | 10 | true  | false | invited",
        "2 | 0  | false | true  | the buyer does not want this seller",
        "2 | 0  | true  | true  | the buyer does not want this seller"
      })
  void skipsSellersThatShouldNotBeAsked(
      int categoryLines, int open, boolean choice, boolean excluded, String expected) {
    ShortlistEntry entry =
        policy.shortlist(List.of(with(seller(1), categoryLines, open, choice, excluded)), 5).get(0);
    if (expected.equals("invited")) {
      assertThat(entry.invited()).as(entry.why()).isTrue();
    } else {
      assertThat(entry.invited()).isFalse();
      assertThat(entry.why()).isEqualTo("Not invited: " + expected);
    }
  }

  @Test
  void invitesTheBestUpToTheLimitAndTheBuyersChoiceBeyondIt() {
    List<RfqCandidate> candidates =
        new java.util.ArrayList<>(LongStream.rangeClosed(1, 7).mapToObj(id -> seller(id)).toList());
    RfqCandidate local =
        new RfqCandidate(
            8, "Local SHG", SellerKind.SHG, 2, 2, 2, 2, 2, true, 0, 10, 1.0, 1.0, false, false);
    candidates.add(local);
    candidates.add(with(seller(9), 0, 0, true, false));

    List<ShortlistEntry> entries = policy.shortlist(candidates, 5);

    assertThat(entries.getFirst().sellerId()).as("the buyer's choice ranks first").isEqualTo(9);
    assertThat(entries.get(1).sellerId()).as("local SHG with a perfect record").isEqualTo(8);
    assertThat(entries.get(1).why())
        .contains("dispatches from the delivery region (+10.0)", "a self-help group (+5.0)");
    assertThat(entries.stream().filter(ShortlistEntry::invited).map(ShortlistEntry::sellerId))
        .as("5 by the rules, ties to the lower id, plus the buyer's choice")
        .containsExactly(9L, 8L, 1L, 2L, 3L, 4L);
  }

  @Test
  void aSellerWithoutStockScoresLowerThanOneWithIt() {
    RfqCandidate stocked = seller(1);
    RfqCandidate empty =
        new RfqCandidate(
            2,
            "Empty",
            SellerKind.MANUFACTURER,
            2,
            2,
            2,
            0,
            2,
            false,
            0,
            10,
            null,
            null,
            false,
            false);
    List<ShortlistEntry> entries = policy.shortlist(List.of(empty, stocked), 1);
    assertThat(entries.getFirst().sellerId()).isEqualTo(1);
    assertThat(entries.getFirst().score().subtract(entries.get(1).score()))
        .isEqualByComparingTo("20.00");
    assertThat(entries.get(1).invited()).as("past the limit of one").isFalse();
  }
}
