package io.mandi.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class VendorAssignmentServiceTest {
  @Autowired VendorAssignmentService assignment;
  @Autowired OrderPlacementService placement;
  @Autowired OrderQueryService orders;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired OrderStatusService statuses;
  @Autowired VendorMapper vendors;

  @Test
  void eachRoundOffersANewVendorAtTheAgreedPriceAndARepeatedRoundChangesNothing() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor chosen = fixture.seller(SellerKind.SHG);
    Actor other = fixture.seller(SellerKind.MANUFACTURER);
    Actor empty = fixture.seller(SellerKind.WHOLESALER);
    long product = fixture.product(fixture.category(), "Clay Pot");
    long offer = fixture.offer(chosen, product, 1, 100, new BigDecimal("50.00"));
    fixture.offer(other, product, 1, 100, new BigDecimal("45.00"));
    fixture.offer(empty, product, 1, 2, new BigDecimal("40.00"));
    Order order =
        placement
            .place(
                buyer,
                new PlaceOrderCommand(
                    UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 10))))
            .getFirst();
    Actor ops = new Actor("ops-test", Role.OPS, null, null);
    BigDecimal agreed = orders.details(ops, order.id()).lines().getFirst().unitPrice();

    VendorRound first = assignment.offerNext(order.id(), 1).orElseThrow();
    assertThat(first.sellerId()).isEqualTo(chosen.sellerId());
    assertThat(assignment.offerNext(order.id(), 1).orElseThrow()).isEqualTo(first);

    assignment.recordAnswer(order.id(), 1, VendorAnswer.REFUSED, "No clay");
    VendorRound second = assignment.offerNext(order.id(), 2).orElseThrow();
    assertThat(second.sellerId()).isEqualTo(other.sellerId());
    assertThat(orders.details(ops, order.id()).order().sellerId()).isEqualTo(other.sellerId());
    assertThat(orders.details(ops, order.id()).lines().getFirst().unitPrice())
        .isEqualByComparingTo(agreed);
    assertThat(orders.details(ops, order.id()).lines().getFirst().offerId()).isNotEqualTo(offer);

    assignment.recordAnswer(order.id(), 2, VendorAnswer.TIMED_OUT, null);
    assertThat(assignment.offerNext(order.id(), 3)).isEmpty();
    assertThat(assignment.decisions(ops, order.id()))
        .filteredOn(d -> d.round() == 3)
        .extracting(VendorDecision::reason)
        .containsExactlyInAnyOrder(
            "Skipped: test", "Skipped: test", "Skipped: test"); // the test policy's wording
    assertThat(assignment.rounds(order.id()))
        .extracting(VendorRound::outcome)
        .containsExactly(VendorAnswer.REFUSED, VendorAnswer.TIMED_OUT);

    assertThatThrownBy(() -> assignment.checkOpsChoice(order.id(), empty.sellerId()))
        .hasMessageContaining("lacks stock");
    assignment.assignByOps(order.id(), chosen.sellerId(), "ops-test", "phoned");
    assignment.assignByOps(order.id(), chosen.sellerId(), "ops-test", "phoned");
    assertThat(assignment.decisions(ops, order.id()))
        .filteredOn(d -> "ops-test".equals(d.decidedBy()))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo("Picked by operations: phoned"));
    assertThat(orders.details(ops, order.id()).order().sellerId()).isEqualTo(chosen.sellerId());
  }

  @Test
  void onlyCancellationsOnTheSellersSideCountAgainstItsRanking() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    long product = fixture.product(fixture.category(), "Jute Bag");
    long offer = fixture.offer(seller, product, 1, 100, new BigDecimal("30.00"));
    String opsUser = CatalogFixture.unique("ops");
    accountService.createUser(opsUser, "a-long-password", "Ops", Role.OPS, null, null);
    long byBuyer = confirmedOrder(buyer, product, offer, seller);
    long byOps = confirmedOrder(buyer, product, offer, seller);
    long unpaid = confirmedOrder(buyer, product, offer, seller);
    statuses.cancel(byBuyer, buyer.username(), "Changed my mind");
    statuses.cancel(byOps, opsUser, "Seller cannot pack it");
    statuses.cancel(unpaid, "system", "Not paid in time");
    long next = placedOrder(buyer, product, offer);

    VendorCandidate candidate =
        vendors.findCandidates(next).stream()
            .filter(c -> c.sellerId() == seller.sellerId())
            .findFirst()
            .orElseThrow();
    assertThat(candidate.confirmedOrders()).isEqualTo(3);
    assertThat(candidate.cancelledAfterConfirmation()).isEqualTo(1);
  }

  private long confirmedOrder(Actor buyer, long product, long offer, Actor seller) {
    long orderId = placedOrder(buyer, product, offer);
    statuses.awaitAcceptance(orderId, "system");
    statuses.confirm(orderId, seller.username());
    return orderId;
  }

  private long placedOrder(Actor buyer, long product, long offer) {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 2))))
        .getFirst()
        .id();
  }
}
