package io.mandi.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Order lists filtered, combined with OR, sorted and paged in SQL, within what each may see. */
@CoreTest
class OrderSearchTest {
  static final Actor OPS = new Actor("ops-search", Role.OPS, null, null);

  @Autowired OrderPlacementService placement;
  @Autowired OrderStatusService statuses;
  @Autowired OrderQueryService orders;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired OrderMapper mapper;

  Actor buyerA;
  Actor buyerB;
  Actor seller;
  long product;
  long offer;
  long small;
  long large;
  long ofB;

  @BeforeEach
  void setUp() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    buyerA = fixture.buyer();
    buyerB = fixture.buyer();
    seller = fixture.seller(SellerKind.SHG);
    product = fixture.product(fixture.category(), "Ragi Flour");
    offer = fixture.offer(seller, product, 1, 1000, new BigDecimal("1500.00"));
    small = place(buyerA, 1); // 1,500.00
    large = place(buyerA, 5); // 7,500.00
    ofB = place(buyerB, 2); // 3,000.00
    statuses.awaitAcceptance(large, "system");
  }

  @Test
  void buyersAndSellersSeeOnlyTheirOwnOrdersAndTheCountAgrees() {
    assertThat(ids(buyerA, OrderSearch.newest(List.of(), 0, 50))).containsExactly(large, small);
    assertThat(orders.count(buyerA, List.of())).isEqualTo(2);
    assertThat(ids(seller, OrderSearch.newest(List.of(), 0, 50)))
        .containsExactlyInAnyOrder(small, large, ofB);
    assertThat(ids(buyerB, OrderSearch.newest(List.of(OrderFilter.text("#" + small)), 0, 50)))
        .as("another buyer's order number finds nothing")
        .isEmpty();
  }

  @Test
  void filtersCombineWithAndWithinAndOrBetween() {
    OrderFilter mine = OrderFilter.none().withSeller(seller.sellerId());
    OrderFilter bigAndWaiting =
        mine.withStatuses(Set.of(OrderStatus.AWAITING_ACCEPTANCE))
            .withValue(new BigDecimal("5000"), null);
    String nameOfB = mapper.findOrder(ofB).buyerName();
    OrderFilter buyerBByName = mine.withText(nameOfB.substring(2, nameOfB.length() - 1));
    List<OrderFilter> either = List.of(bigAndWaiting, buyerBByName);

    assertThat(ids(OPS, OrderSearch.newest(either, 0, 50))).containsExactlyInAnyOrder(large, ofB);
    assertThat(orders.count(OPS, either)).isEqualTo(2);
    assertThat(ids(OPS, OrderSearch.newest(List.of(bigAndWaiting.withValue(null, null)), 0, 50)))
        .containsExactly(large);
  }

  @Test
  void anOrderNumberFindsThatOrderAndWildcardsInTextAreTakenLiterally() {
    OrderFilter mine = OrderFilter.none().withSeller(seller.sellerId());
    assertThat(ids(OPS, OrderSearch.newest(List.of(mine.withText("#" + large)), 0, 50)))
        .containsExactly(large);
    assertThat(ids(OPS, OrderSearch.newest(List.of(mine.withText("%")), 0, 50))).isEmpty();
    assertThat(ids(OPS, OrderSearch.newest(List.of(mine.withText("_")), 0, 50))).isEmpty();
  }

  @Test
  void pagesSortedByValueNeitherOverlapNorMissAnOrder() {
    List<OrderFilter> mine = List.of(OrderFilter.none().withSeller(seller.sellerId()));
    List<Long> first = ids(OPS, new OrderSearch(mine, OrderSort.VALUE, false, 0, 2));
    List<Long> second = ids(OPS, new OrderSearch(mine, OrderSort.VALUE, false, 2, 2));
    assertThat(first).containsExactly(small, ofB);
    assertThat(second).containsExactly(large);
  }

  @Test
  void badSearchesAreRefusedWithAReason() {
    assertThatThrownBy(() -> OrderFilter.text("Asha\0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain text");
    assertThatThrownBy(() -> OrderFilter.text("x".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OrderFilter.none().withValue(new BigDecimal("10"), new BigDecimal("5")))
        .hasMessageContaining("smallest value");
    assertThatThrownBy(() -> OrderSearch.newest(List.of(), 0, 0)).hasMessageContaining("1 to 500");
    assertThatThrownBy(() -> OrderSearch.newest(List.of(), -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
    Actor admin = new Actor("admin-search", Role.ADMIN, null, null);
    assertThatThrownBy(() -> orders.count(admin, List.of()))
        .isInstanceOf(NotAllowedException.class);
  }

  private List<Long> ids(Actor actor, OrderSearch search) {
    return orders.search(actor, search).stream().map(Order::id).toList();
  }

  private long place(Actor buyer, int quantity) {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, quantity))))
        .getFirst()
        .id();
  }
}
