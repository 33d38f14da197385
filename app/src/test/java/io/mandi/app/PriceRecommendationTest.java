package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.mandi.account.NotAllowedException;
import io.mandi.catalog.OfferListing;
import io.mandi.recommendation.PriceBand;
import io.mandi.recommendation.PriceChange;
import io.mandi.recommendation.PriceChangeRefusedException;
import io.mandi.recommendation.PriceChangeStatus;
import io.mandi.recommendation.PriceChanges;
import io.mandi.recommendation.PriceRecommender;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sellers' prices: a recommended band with its reasons, a small change applied at once to the whole
 * ladder, a large one put before operations as a task in their inbox (through the engine), approved
 * or refused there.
 */
class PriceRecommendationTest extends MandiAppTest {
  @Autowired PriceRecommender recommender;
  @Autowired PriceChanges changes;

  @Test
  void theBandWeighsCostCompetitorsAndStockAgeAndStaysAboveTheFloor() {
    OfferListing durrie = seller1Offer("Handwoven Durrie");

    PriceBand band = recommender.recommend(user("seller1"), durrie.offerId());

    assertThat(band.current()).isEqualByComparingTo("980.00");
    assertThat(band.minimum()).isLessThanOrEqualTo(band.recommended());
    assertThat(band.maximum()).isGreaterThanOrEqualTo(band.recommended());
    assertThat(band.minimum())
        .as("cost 588.00 plus 5 %%")
        .isGreaterThanOrEqualTo(new BigDecimal("617.40"));
    assertThat(band.recommended())
        .as("aged stock and a cheaper mill pull it down")
        .isLessThan(band.current());
    assertThat(band.reasons())
        .anySatisfy(r -> assertThat(r).isEqualTo("Cost ₹588.00 plus a 20% margin: ₹705.60"))
        .anySatisfy(r -> assertThat(r).startsWith("Competitors average ₹950.60"))
        .anySatisfy(r -> assertThat(r).matches("Stock is 1[12]\\d days old: 7% lower to move it"))
        .anySatisfy(r -> assertThat(r).containsPattern("Demand is|Too little order history"));
    assertThatThrownBy(() -> recommender.recommend(user("seller2"), durrie.offerId()))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aSmallChangeAppliesAtOnceToTheWholeLadderAndIsMadeOncePerRequest() {
    OfferListing jar = seller1Offer("Glass Jar 500 ml");
    UUID request = UUID.randomUUID();

    PriceChange change =
        changes.request(user("seller1"), jar.offerId(), new BigDecimal("32.30"), request, "test");
    PriceChange again =
        changes.request(user("seller1"), jar.offerId(), new BigDecimal("32.30"), request, "test");

    assertThat(change.status()).isEqualTo(PriceChangeStatus.APPLIED);
    assertThat(again.id()).isEqualTo(change.id());
    assertThat(change.changePercent()).isEqualByComparingTo("-5.00");
    OfferListing moved = seller1Offer("Glass Jar 500 ml");
    assertThat(moved.priceBreaks())
        .extracting(b -> b.unitPrice().toPlainString())
        .containsExactly("32.30", "30.69", "29.07"); // 32.30, 95 % and 90 % of it
    assertThatThrownBy(
            () ->
                changes.request(
                    user("seller1"),
                    jar.offerId(),
                    new BigDecimal("1.00"),
                    UUID.randomUUID(),
                    null))
        .isInstanceOf(PriceChangeRefusedException.class)
        .hasMessageContaining("below your floor");
    assertThatThrownBy(
            () ->
                changes.request(
                    user("seller1"),
                    jar.offerId(),
                    new BigDecimal("3.333"),
                    UUID.randomUUID(),
                    null))
        .isInstanceOf(PriceChangeRefusedException.class);
    assertThatThrownBy(
            () ->
                changes.request(
                    user("seller2"),
                    jar.offerId(),
                    new BigDecimal("33.00"),
                    UUID.randomUUID(),
                    null))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aLargeChangeWaitsForOperationsWhoApproveOrRefuseItInTheirInbox() {
    OfferListing bag = seller1Offer("Paper Carry Bag");
    PriceChange rise =
        changes.request(
            user("seller1"), bag.offerId(), new BigDecimal("12.00"), UUID.randomUUID(), "rise");

    assertThat(rise.status()).isEqualTo(PriceChangeStatus.AWAITING_APPROVAL);
    assertThat(seller1Offer("Paper Carry Bag").priceBreaks().getFirst().unitPrice())
        .isEqualByComparingTo("9.50");
    assertThatThrownBy(
            () ->
                changes.request(
                    user("seller1"),
                    bag.offerId(),
                    new BigDecimal("13.00"),
                    UUID.randomUUID(),
                    null))
        .isInstanceOf(PriceChangeRefusedException.class)
        .hasMessageContaining("already waits");

    HumanTask task = awaitPriceTask(rise.id());
    assertThat(task.kind()).isEqualTo("PRICE_CHANGE_APPROVAL");
    inbox.decide(user("ops1"), task.id(), TaskInput.of("APPROVE", "Paper costs rose"));

    assertThat(changes.find(rise.id()).status()).isEqualTo(PriceChangeStatus.APPLIED);
    assertThat(seller1Offer("Paper Carry Bag").priceBreaks().getFirst().unitPrice())
        .isEqualByComparingTo("12.00");

    PriceChange cut =
        changes.request(
            user("seller1"), bag.offerId(), new BigDecimal("9.00"), UUID.randomUUID(), "cut");
    HumanTask second = awaitPriceTask(cut.id());
    assertThatThrownBy(() -> inbox.decide(user("ops1"), second.id(), TaskInput.of("REFUSE", "")))
        .isInstanceOf(RuntimeException.class);
    inbox.decide(user("ops1"), second.id(), TaskInput.of("REFUSE", "Too steep a cut at once"));
    assertThat(changes.find(cut.id()).status()).isEqualTo(PriceChangeStatus.REFUSED);
    assertThat(seller1Offer("Paper Carry Bag").priceBreaks().getFirst().unitPrice())
        .isEqualByComparingTo("12.00");
    assertThat(changes.ofSeller(user("seller1"), 10))
        .extracting(PriceChange::id)
        .contains(rise.id(), cut.id());
  }

  private HumanTask awaitPriceTask(long priceChangeId) {
    return await("the price change's task reaches operations' inbox")
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                inbox.openTasksFor(user("ops1")).stream()
                    .filter(task -> Long.valueOf(priceChangeId).equals(task.priceChangeId()))
                    .findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }
}
