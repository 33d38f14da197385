package io.mandi.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.RecordingProcessGateway;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class UnstartedOrderSweeperTest {
  @Autowired OrderPlacementService placement;
  @Autowired OrderMapper orders;
  @Autowired RecordingProcessGateway process;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired Clock clock;

  @AfterEach
  void engineBack() {
    process.failure = null;
  }

  @Test
  void anOrderSavedWhileTheEngineWasDownIsStartedLaterExactlyOnce() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    long product = fixture.product(fixture.category(), "Bamboo Basket");
    long offer = fixture.offer(seller, product, 1, 10, new BigDecimal("99.00"));
    var command =
        new PlaceOrderCommand(
            UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 1)));
    process.failure = new IllegalStateException("engine unreachable");

    assertThatThrownBy(() -> placement.place(buyer, command)).hasMessage("engine unreachable");
    Order saved = orders.findOrdersByRequest(command.requestId()).getFirst();
    assertThat(saved.processStarted()).isFalse();

    UnstartedOrderSweeper later =
        new UnstartedOrderSweeper(orders, process, Clock.offset(clock, Duration.ofMinutes(1)));
    assertThat(later.sweep()).isZero(); // still down: nothing changes
    process.failure = null;
    assertThat(later.sweep()).isGreaterThanOrEqualTo(1);
    assertThat(later.sweep()).isZero();

    assertThat(process.started.stream().filter(id -> id == saved.id())).hasSize(1);
    assertThat(orders.findOrder(saved.id()).processStarted()).isTrue();
  }
}
