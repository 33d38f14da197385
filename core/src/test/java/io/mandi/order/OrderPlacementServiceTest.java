package io.mandi.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.RecordingProcessGateway;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.outbox.OutboxRelay;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class OrderPlacementServiceTest {
  @Autowired OrderPlacementService placement;
  @Autowired OrderQueryService queries;
  @Autowired OrderMapper orders;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired RecordingProcessGateway process;
  @Autowired OutboxRelay relay;

  Actor buyer;
  Actor seller;
  Actor otherSeller;
  long rice;
  long riceOffer;
  long dal;
  long dalOffer;

  @BeforeEach
  void setUp() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    buyer = fixture.buyer();
    seller = fixture.seller(SellerKind.SHG);
    otherSeller = fixture.seller(SellerKind.MANUFACTURER);
    String category = fixture.category();
    rice = fixture.product(category, "Sona Masoori Rice");
    dal = fixture.product(category, "Toor Dal");
    riceOffer = fixture.offer(seller, rice, 5, 100, new BigDecimal("60.00"));
    dalOffer = fixture.offer(otherSeller, dal, 1, 20, new BigDecimal("120.50"));
  }

  @Test
  void placesOneOrderPerSellerWithPricedLinesAndHistory() {
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(),
            List.of(
                new PlaceOrderCommand.Line(rice, riceOffer, 10),
                new PlaceOrderCommand.Line(dal, dalOffer, 3)));

    List<Order> placed = placement.place(buyer, command);

    assertThat(placed).hasSize(2);
    Order riceOrder =
        placed.stream().filter(o -> o.sellerId() == seller.sellerId()).findFirst().orElseThrow();
    assertThat(riceOrder.status()).isEqualTo(OrderStatus.PLACED);
    assertThat(riceOrder.totalAmount()).isEqualByComparingTo("540.00"); // 10 x 54.00 (10+ break)
    assertThat(process.started).contains(riceOrder.id()); // after commit, through the outbox
    OrderDetails details = queries.details(buyer, riceOrder.id());
    assertThat(details.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.unitPrice()).isEqualByComparingTo("54.00");
              assertThat(line.listPrice()).isEqualByComparingTo("54.00");
              assertThat(line.priceRuleVersion()).isEqualTo("test-rules");
              assertThat(line.quantity()).isEqualTo(10);
            });
    assertThat(details.history())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.toStatus()).isEqualTo(OrderStatus.PLACED);
              assertThat(change.changedBy()).isEqualTo(buyer.username());
            });
    assertThat(process.started).contains(placed.get(0).id(), placed.get(1).id());
  }

  @Test
  void theSameCheckoutSubmittedTwiceStartsOneProcessPerOrder() {
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(rice, riceOffer, 5)));

    List<Order> first = placement.place(buyer, command);
    List<Order> second = placement.place(buyer, command);

    assertThat(second).extracting(Order::id).isEqualTo(first.stream().map(Order::id).toList());
    assertThat(process.started.stream().filter(id -> id == first.getFirst().id())).hasSize(1);
    assertThat(orders.findOrdersByRequest(command.requestId())).hasSize(1);
  }

  @Test
  void badInputIsRefusedWithEveryReasonAndWritesNothing() {
    long before = orders.countOrders();
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(),
            List.of(
                new PlaceOrderCommand.Line(999_999, riceOffer, 5),
                new PlaceOrderCommand.Line(rice, riceOffer, 0),
                new PlaceOrderCommand.Line(rice, riceOffer, 2),
                new PlaceOrderCommand.Line(dal, dalOffer, 21),
                new PlaceOrderCommand.Line(dal, riceOffer, 1)));

    assertThatThrownBy(() -> placement.place(buyer, command))
        .isInstanceOfSatisfying(
            OrderValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::lineNo, Violation::code)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "UNKNOWN_PRODUCT"),
                        org.assertj.core.groups.Tuple.tuple(2, "QUANTITY_NOT_POSITIVE"),
                        org.assertj.core.groups.Tuple.tuple(5, "UNKNOWN_OFFER"),
                        org.assertj.core.groups.Tuple.tuple(3, "BELOW_MOQ"),
                        org.assertj.core.groups.Tuple.tuple(4, "OVER_STOCK")))
        .hasMessageContaining("Line 1: unknown product 999999");
    assertThat(orders.countOrders()).isEqualTo(before);
    assertThat(orders.findOrdersByRequest(command.requestId())).isEmpty();
  }

  @Test
  void anEmptyOrderIsRefused() {
    assertThatThrownBy(
            () -> placement.place(buyer, new PlaceOrderCommand(UUID.randomUUID(), List.of())))
        .isInstanceOf(OrderValidationException.class)
        .hasMessage("The order has no lines");
  }

  @Test
  void onlyBuyersPlaceOrders() {
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(rice, riceOffer, 5)));
    assertThatThrownBy(() -> placement.place(seller, command))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void buyersAndSellersSeeOnlyTheirOwnOrders() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor otherBuyer = fixture.buyer();
    Order order =
        placement
            .place(
                buyer,
                new PlaceOrderCommand(
                    UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(rice, riceOffer, 5))))
            .getFirst();

    assertThat(queries.search(buyer, OrderSearch.newest(List.of(), 0, 500)))
        .extracting(Order::id)
        .contains(order.id());
    assertThat(queries.search(seller, OrderSearch.newest(List.of(), 0, 500)))
        .extracting(Order::id)
        .contains(order.id());
    assertThat(queries.search(otherBuyer, OrderSearch.newest(List.of(), 0, 500)))
        .extracting(Order::id)
        .doesNotContain(order.id());
    assertThat(queries.search(otherSeller, OrderSearch.newest(List.of(), 0, 500)))
        .extracting(Order::id)
        .doesNotContain(order.id());
    assertThatThrownBy(() -> queries.details(otherBuyer, order.id()))
        .isInstanceOf(OrderNotFoundException.class);
    assertThatThrownBy(() -> queries.details(otherSeller, order.id()))
        .isInstanceOf(OrderNotFoundException.class);
  }

  @Test
  void aCheckoutDuringAnEngineOutageIsSavedAndItsProcessStartsOnceTheEngineIsBack() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    long product = fixture.product(fixture.category(), "Bamboo Basket");
    long offer = fixture.offer(seller, product, 1, 10, new BigDecimal("99.00"));
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 1)));
    process.failure = new IllegalStateException("engine unreachable");
    try {
      Order saved = placement.place(buyer, command).getFirst(); // the buyer is not turned away
      assertThat(process.started).doesNotContain(saved.id());

      relay.sweep(); // still down: the entry waits
      assertThat(process.started).doesNotContain(saved.id());

      process.failure = null; // back; the tests retry at once (mandi.outbox.first-retry=PT0S)
      relay.sweep();
      assertThat(process.started).contains(saved.id());
      assertThat(placement.place(buyer, command)).extracting(Order::id).containsExactly(saved.id());
      relay.sweep();
      assertThat(process.started.stream().filter(id -> id == saved.id())).hasSize(1);
    } finally {
      process.failure = null;
    }
  }
}
