package io.mandi.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderStatusService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk actions: the preview is what applying does; orders in other states skip with a reason. */
@CoreTest
class OrderBulkActionsTest {
  @Autowired OrderBulkActions bulk;
  @Autowired OrderPlacementService placement;
  @Autowired OrderStatusService statuses;
  @Autowired AccountService accounts;
  @Autowired CatalogOnboarding onboarding;
  @Autowired JdbcTemplate jdbc;

  final Actor ops = new Actor("ops-bulk", Role.OPS, null, null);

  @Test
  void cancellingAMixOfOrdersDoesExactlyWhatThePreviewSaidAndAuditsEachOrder() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accounts);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    long product = fixture.product(fixture.category(), "Bamboo Basket");
    long offer = fixture.offer(seller, product, 1, 100, new BigDecimal("80.00"));
    long waiting = place(buyer, product, offer);
    statuses.awaitAcceptance(waiting, "system");
    long cancelled = place(buyer, product, offer);
    statuses.cancel(cancelled, "system", "Buyer changed its mind");
    assertThat(
            jdbc.queryForList(
                "select dedup_key from outbox_entry where dedup_key like ?",
                String.class,
                "notice:%:" + cancelled))
        .as("buyer and seller are told of the cancellation, in its transaction")
        .containsExactlyInAnyOrder(
            "notice:cancelled_buyer:" + cancelled, "notice:cancelled_seller:" + cancelled);
    long unknown = 9_000_000_000L;
    List<Long> chosen = List.of(waiting, cancelled, unknown, waiting);

    List<BulkItem> preview = bulk.preview(ops, BulkAction.CANCEL, chosen, "Seller closed");
    assertThat(preview)
        .containsExactly(
            new BulkItem(waiting, true, "Cancelled; nothing was paid", false),
            new BulkItem(cancelled, false, "Skipped: Cancelled orders cannot be cancelled", false),
            new BulkItem(unknown, false, "No such order", false));

    List<BulkItem> done = bulk.apply(ops, BulkAction.CANCEL, chosen, "Seller closed");
    assertThat(done).as("preview equals effect").isEqualTo(preview);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from outbox_entry where dedup_key = ?",
                Integer.class,
                "order.cancellation-requested-" + waiting + "-AWAITING_ACCEPTANCE"))
        .as("the cancellation was asked of the order's process")
        .isEqualTo(1);
    assertThat(bulk.actionsOn(ops, waiting))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.outcome()).isEqualTo("DONE");
              assertThat(a.actor()).isEqualTo("ops-bulk");
              assertThat(a.detail()).isEqualTo("Cancelled; nothing was paid (Seller closed)");
            });
    assertThat(bulk.actionsOn(ops, cancelled))
        .extracting(OrderActionRecord::outcome)
        .containsExactly("SKIPPED");
  }

  @Test
  void otherActionsSkipOrdersTheyDoNotFitAndBadRequestsChangeNothing() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accounts);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.MANUFACTURER);
    long product = fixture.product(fixture.category(), "Steel Tiffin");
    long offer = fixture.offer(seller, product, 1, 100, new BigDecimal("250.00"));
    long open = place(buyer, product, offer);
    long finished = place(buyer, product, offer);
    statuses.cancel(finished, "system", "test");

    assertThat(bulk.preview(ops, BulkAction.EXTEND_DEADLINE, List.of(open, finished), null))
        .extracting(BulkItem::applies, BulkItem::effect)
        .satisfiesExactly(
            first -> assertThat(first.toList().get(1).toString()).startsWith("Recovery leaves it"),
            second ->
                assertThat(second.toList())
                    .containsExactly(false, "Skipped: Cancelled orders are final"));
    assertThat(bulk.preview(ops, BulkAction.REASSIGN_VENDOR, List.of(open), null))
        .extracting(BulkItem::effect)
        .containsExactly("Skipped: only an order waiting to be packed can change vendor");
    assertThat(bulk.preview(ops, BulkAction.RETRY, List.of(open), null))
        .extracting(BulkItem::effect)
        .containsExactly("Skipped: no failed step waits for operations");

    assertThatThrownBy(() -> bulk.apply(ops, BulkAction.CANCEL, List.of(open), " "))
        .hasMessageContaining("Say why");
    assertThatThrownBy(() -> bulk.apply(buyer, BulkAction.CANCEL, List.of(open), "x"))
        .isInstanceOf(NotAllowedException.class);
    List<Long> tooMany = LongStream.rangeClosed(1, 501).boxed().toList();
    assertThatThrownBy(() -> bulk.preview(ops, BulkAction.RETRY, tooMany, null))
        .hasMessageContaining("At most 500");
    assertThatThrownBy(() -> bulk.preview(ops, BulkAction.RETRY, Collections.emptyList(), null))
        .hasMessageContaining("at least one");
    assertThat(bulk.actionsOn(ops, open)).isEmpty();
  }

  private long place(Actor buyer, long product, long offer) {
    return placement
        .place(
            buyer,
            new PlaceOrderCommand(
                UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 2))))
        .getFirst()
        .id();
  }
}
