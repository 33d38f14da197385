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
}
