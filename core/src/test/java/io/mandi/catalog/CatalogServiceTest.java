package io.mandi.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class CatalogServiceTest {
  @Autowired CatalogService catalog;
  @Autowired CatalogMapper mapper;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;

  @Test
  void percentAndUnderscoreAreSearchedAsTypedNotAsWildcards() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor seller = fixture.seller(SellerKind.MANUFACTURER);
    String tag = "Q" + System.nanoTime();
    long withPercent = fixture.product(fixture.category(), tag + " 100% cotton towel");
    long plain = fixture.product(fixture.category(), tag + " jute bag");
    fixture.offer(seller, withPercent, 1, 10, new BigDecimal("90.00"));
    fixture.offer(seller, plain, 1, 10, new BigDecimal("40.00"));

    assertThat(catalog.search(tag + " 100%", null))
        .extracting(OfferListing::productId)
        .containsExactly(withPercent);
    assertThat(catalog.search(tag + "%bag", null)).isEmpty();
    assertThat(catalog.search(tag + " jute_bag", null)).isEmpty();
    assertThat(catalog.search(tag + " jute bag", null))
        .extracting(OfferListing::productId)
        .containsExactly(plain);
  }

  @Test
  void anOverLongOrNulSearchIsRefused() {
    assertThatThrownBy(() -> catalog.search("x".repeat(CatalogService.MAX_SEARCH + 1), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> catalog.search("rice\0", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void offersArePagedInSqlWithACountOfAllPages() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor seller = fixture.seller(SellerKind.MANUFACTURER);
    String tag = "P" + System.nanoTime();
    java.util.List<Long> products = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long product = fixture.product(fixture.category(), tag + " lamp " + i);
      fixture.offer(seller, product, 1, 10, new BigDecimal("25.00"));
      products.add(product);
    }

    assertThat(catalog.count(tag, null)).isEqualTo(5);
    assertThat(catalog.search(tag, null, 0, 2))
        .extracting(OfferListing::productId)
        .containsExactlyElementsOf(products.subList(0, 2));
    assertThat(catalog.search(tag, null, 4, 2))
        .extracting(OfferListing::productId)
        .containsExactly(products.get(4));
    assertThat(catalog.search(tag, null, 2, 2).getFirst().priceBreaks()).isNotEmpty();
    assertThatThrownBy(() -> catalog.search(tag, null, 0, CatalogService.MAX_PAGE + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> catalog.count("lamp\0", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
