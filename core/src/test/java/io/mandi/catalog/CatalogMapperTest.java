package io.mandi.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class CatalogMapperTest {
  @Autowired CatalogMapper mapper;
  @Autowired CatalogService catalog;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  CatalogFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new CatalogFixture(onboarding, accountService);
  }

  @Test
  void searchFindsOffersByNameAndCategoryWithSortedPriceBreaks() {
    String rice = fixture.category();
    String oil = fixture.category();
    Actor shg = fixture.seller(SellerKind.SHG);
    long basmati = fixture.product(rice, "Basmati Rice Zq7");
    long mustard = fixture.product(oil, "Mustard Oil Zq7");
    long offer = fixture.offer(shg, basmati, 5, 200, new BigDecimal("100.00"));
    fixture.offer(shg, mustard, 1, 50, new BigDecimal("180.00"));

    List<OfferListing> byText = catalog.search("basmati rice zq7", null);
    List<OfferListing> byCategory = catalog.search(null, oil);
    List<OfferListing> both = catalog.search("zq7", rice);

    assertThat(byText).extracting(OfferListing::offerId).containsExactly(offer);
    OfferListing listing = byText.getFirst();
    assertThat(listing.sellerKind()).isEqualTo(SellerKind.SHG);
    assertThat(listing.minOrderQty()).isEqualTo(5);
    assertThat(listing.priceBreaks()).extracting(PriceBreak::minQty).containsExactly(1, 10, 100);
    assertThat(byCategory).extracting(OfferListing::productId).containsExactly(mustard);
    assertThat(both).extracting(OfferListing::productId).containsExactly(basmati);
  }

  @Test
  void unitPriceFollowsTheHighestBreakReached() {
    Actor seller = fixture.seller(SellerKind.MANUFACTURER);
    long product = fixture.product(fixture.category(), "Jute Bag");
    long offer = fixture.offer(seller, product, 1, 1000, new BigDecimal("50.00"));
    OfferListing listing = catalog.offersById(List.of(offer)).get(offer);

    assertThat(listing.unitPriceFor(9)).isEqualByComparingTo("50.00");
    assertThat(listing.unitPriceFor(10)).isEqualByComparingTo("45.00");
    assertThat(listing.unitPriceFor(99)).isEqualByComparingTo("45.00");
    assertThat(listing.unitPriceFor(100)).isEqualByComparingTo("40.00");
  }

  @Test
  void reserveStockNeverGoesBelowZero() {
    Actor seller = fixture.seller(SellerKind.WHOLESALER);
    long product = fixture.product(fixture.category(), "Cotton Towel");
    long offer = fixture.offer(seller, product, 1, 10, new BigDecimal("80.00"));

    assertThat(mapper.reserveStock(offer, 7)).isEqualTo(1);
    assertThat(mapper.reserveStock(offer, 4)).isZero();
    assertThat(catalog.offersById(List.of(offer)).get(offer).stock()).isEqualTo(3);
  }
}
