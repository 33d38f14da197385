package io.mandi.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.SellerKind;
import io.mandi.task.EngineRun;
import io.mandi.task.ProcessUnavailableException;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CoreTest
class OrderStatusServiceTest {
  @Autowired OrderPlacementService placement;
  @Autowired OrderStatusService statuses;
  @Autowired OrderMapper orders;
  @Autowired CatalogService catalog;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired JdbcTemplate jdbc;

  Actor buyer;
  long product;
  long offer;

  @BeforeEach
  void setUp() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    product = fixture.product(fixture.category(), "Handloom Saree");
    offer = fixture.offer(seller, product, 1, 10, new BigDecimal("1500.00"));
  }

  private long place(int quantity) {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, quantity))))
        .getFirst()
        .id();
  }

  @Test
  void confirmationReservesStockOnceAndRecordsWhoAndWhy() {
    long order = place(4);
    statuses.awaitAcceptance(order, "system");

    assertThat(statuses.confirm(order, "seller-x")).isTrue();
    assertThat(statuses.confirm(order, "seller-x"))
        .isFalse(); // redelivered job: no second reservation

    assertThat(catalog.offersById(List.of(offer)).get(offer).stock()).isEqualTo(6);
    assertThat(orders.findHistory(order))
        .extracting(OrderStatusChange::toStatus, OrderStatusChange::changedBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OrderStatus.PLACED, buyer.username()),
            org.assertj.core.groups.Tuple.tuple(OrderStatus.AWAITING_ACCEPTANCE, "system"),
            org.assertj.core.groups.Tuple.tuple(OrderStatus.CONFIRMED, "seller-x"));
  }

  @Test
  void confirmationWithoutEnoughStockReservesNothing() {
    long first = place(8);
    long second = place(8);
    statuses.awaitAcceptance(first, "system");
    statuses.awaitAcceptance(second, "system");
    statuses.confirm(first, "seller-x");

    assertThatThrownBy(() -> statuses.confirm(second, "seller-x"))
        .isInstanceOf(StockUnavailableException.class)
        .hasMessageContaining("Handloom Saree");
    assertThat(catalog.offersById(List.of(offer)).get(offer).stock()).isEqualTo(2);
    assertThat(orders.findOrder(second).status()).isEqualTo(OrderStatus.AWAITING_ACCEPTANCE);
  }

  @Test
  void finalStatusesCannotBeLeftAndRepeatsAreNoOps() {
    long order = place(1);
    statuses.awaitAcceptance(order, "system");
    assertThat(statuses.reject(order, "seller-x", "Out of season")).isTrue();
    assertThat(statuses.reject(order, "seller-x", "Out of season")).isFalse();

    assertThatThrownBy(() -> statuses.confirm(order, "seller-x"))
        .isInstanceOf(IllegalOrderTransitionException.class)
        .hasMessage("Order " + order + " cannot move from REJECTED to CONFIRMED");
    assertThat(orders.findHistory(order)).hasSize(3);
  }

  @Test
  void cancellingAConfirmedOrderGivesTheStockBackOnce() {
    long order = place(3);
    statuses.awaitAcceptance(order, "system");
    statuses.confirm(order, "seller-x");

    assertThat(statuses.cancel(order, "system", "Not paid within 48 hours")).isTrue();
    assertThat(statuses.cancel(order, "system", "Not paid within 48 hours")).isFalse();

    assertThat(catalog.offersById(List.of(offer)).get(offer).stock()).isEqualTo(10);
    assertThat(orders.findOrder(order).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void processActionsOnAnOrderWhoseProcessAnEarlierEngineRunStartedAreRefused() {
    long order = place(1);
    Clock clock = Clock.systemUTC();
    OrderStatusService firstRun =
        new OrderStatusService(orders, catalog, new EngineRun("run-1"), clock, event -> {});
    firstRun.recordProcessInstance(order, 4242L);
    firstRun.requireLiveProcess(order); // the run that started it: fine

    OrderStatusService afterRestart =
        new OrderStatusService(orders, catalog, new EngineRun("run-2"), clock, event -> {});
    assertThatThrownBy(() -> afterRestart.requireLiveProcess(order))
        .isInstanceOf(ProcessUnavailableException.class)
        .hasMessageContaining("order " + order)
        .hasMessageContaining("nothing was changed");
    new OrderStatusService(orders, catalog, EngineRun.CLUSTER, clock, event -> {})
        .requireLiveProcess(order);

    afterRestart.recordProcessInstance(order, 77L); // a new instance for it in the new run
    afterRestart.requireLiveProcess(order);
    assertThat(statuses.order(order).processInstanceKey()).isEqualTo(77L);
  }

  @Test
  void aCancellationWaitsForAPendingStartButNotForAProcessAnEarlierRunStarted() {
    long order = place(1); // the outbox has started its process in the context's run
    OrderStatusService afterRestart =
        new OrderStatusService(
            orders, catalog, new EngineRun("run-2"), Clock.systemUTC(), event -> {});

    assertThatThrownBy(() -> afterRestart.requireProcessNotLost(order))
        .isInstanceOf(ProcessUnavailableException.class);

    jdbc.update("update purchase_order set engine_run = null where id = ?", order);
    afterRestart.requireProcessNotLost(order); // not started yet: the cancel message will wait
    assertThatThrownBy(() -> afterRestart.requireLiveProcess(order))
        .as("an action only a running process can take")
        .isInstanceOf(ProcessUnavailableException.class);
  }
}
