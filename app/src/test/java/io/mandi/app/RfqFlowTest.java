package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mandi.account.Actor;
import io.mandi.catalog.OfferListing;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderLine;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentStatus;
import io.mandi.rfq.InvitationStatus;
import io.mandi.rfq.NewRfq;
import io.mandi.rfq.QuoteDraft;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.QuoteStatus;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqAward;
import io.mandi.rfq.RfqDecisions;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.RfqStatus;
import io.mandi.rfq.SellerQuotes;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request for quotation through the real engine, workers, rules and database: the shortlist
 * invites the demo sellers, two quote, the request closes after two answers, the buyer counters
 * one, that seller accepts, and the award becomes an order at the agreed prices that the buyer pays
 * into escrow.
 */
class RfqFlowTest extends MandiAppTest {
  static final Duration WAIT = Duration.ofSeconds(60);

  @Autowired RfqService rfqs;
  @Autowired SellerQuotes quotes;
  @Autowired RfqDecisions decisions;

  /** The application's clock: the engine's, which earlier tests may have moved ahead. */
  @Autowired java.time.Clock clock;

  @Test
  void aCounterOfferAcceptedBecomesAnOrderAtTheAgreedPricesPaidIntoEscrow() throws Exception {
    Actor buyer = user("buyer1");
    Actor shg = user("seller1");
    Actor mill = user("seller2");
    OfferListing basmati = seller1Offer("Basmati Rice 25 kg");
    Rfq rfq =
        rfqs.create(
            buyer,
            new NewRfq(
                UUID.randomUUID(),
                "Basmati for the Diwali rush",
                "MH",
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(30),
                clock.instant().plus(Duration.ofDays(3)),
                2,
                2,
                List.of(
                    new NewRfq.Line(basmati.productId(), null, 8, null, new BigDecimal("2300.00"))),
                List.of(),
                List.of()));

    await("the shortlist invited the SHG and the mill")
        .atMost(WAIT)
        .until(
            () ->
                rfqs.invitations(buyer, rfq.id()).stream()
                    .filter(i -> i.status() == InvitationStatus.INVITED)
                    .map(i -> i.sellerId())
                    .toList()
                    .containsAll(List.of(shg.sellerId(), mill.sellerId())));

    quotes.quote(shg, rfq.id(), quote("2400.00", 4));
    quotes.quote(mill, rfq.id(), quote("2350.00", 6));
    await("closed after two answers and scored")
        .atMost(WAIT)
        .until(
            () ->
                rfqs.rfq(buyer, rfq.id()).status() == RfqStatus.COMPARING
                    && rfqs.quotes(buyer, rfq.id()).stream().allMatch(q -> q.score() != null));
    assertThat(rfqs.quotes(buyer, rfq.id()))
        .allSatisfy(
            q -> {
              assertThat(q.scoreReasons()).contains("ships in");
              assertThat(q.scoreRules()).as("the scoring version").startsWith("quote-scoring v");
            });

    QuoteRevision millQuote =
        rfqs.quotes(buyer, rfq.id()).stream()
            .filter(q -> q.sellerId() == mill.sellerId())
            .findFirst()
            .orElseThrow();
    QuoteRevision counter =
        decisions.counter(
            buyer,
            millQuote.id(),
            List.of(new BigDecimal("2280.00")),
            clock.instant().plus(Duration.ofDays(1)),
            "Meet our target and it is yours");
    quotes.answerCounter(mill, counter.id(), true);
    quotes.answerCounter(mill, counter.id(), true); // a second click changes nothing

    RfqAward award =
        await("the award became an order")
            .atMost(WAIT)
            .until(
                () -> rfqs.awards(buyer, rfq.id()),
                awards -> awards.size() == 1 && awards.getFirst().orderId() != null)
            .getFirst();
    assertThat(award.quoteId()).isEqualTo(counter.id());
    long orderId = award.orderId();
    OrderDetails order = orders.details(buyer, orderId);
    assertThat(order.order().sellerId()).isEqualTo(mill.sellerId());
    assertThat(order.order().totalAmount()).isEqualByComparingTo("18240.00");
    assertThat(order.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.unitPrice()).isEqualByComparingTo("2280.00");
              assertThat(line.priceRules())
                  .isEqualTo("RFQ #" + rfq.id() + ", counter-offer revision 2");
              assertThat(line.agreed()).isTrue();
            });
    assertThat(rfqs.quotes(shg, rfq.id()))
        .singleElement()
        .satisfies(q -> assertThat(q.status()).isEqualTo(QuoteStatus.LOST));

    // from here it is an order like any other: the seller accepts, the buyer pays into escrow
    HumanTask accept = awaitOpenTask(mill, orderId, SellerAcceptanceTask.KIND);
    inbox.decide(mill, accept.id(), TaskInput.of("ACCEPT", null));
    PaymentIntent intent =
        await("gateway order")
            .atMost(WAIT)
            .until(() -> payments.intent(orderId), i -> i != null && i.gatewayOrderId() != null);
    assertThat(intent.amount()).isEqualByComparingTo("18240.00");
    gateway.pay(intent.gatewayOrderId());
    await("paid into escrow")
        .atMost(WAIT)
        .until(() -> payments.intent(orderId).status() == PaymentStatus.CAPTURED);
    assertThat(order.lines()).extracting(OrderLine::quantity).containsExactly(8);
  }

  @Test
  void aDeepDiscountWaitsForOperationsInTheirInboxBeforeTheBuyerSeesIt() {
    Actor buyer = user("buyer1");
    Actor shg = user("seller1");
    Actor ops = user("ops1");
    OfferListing dal = seller1Offer("Toor Dal");
    Rfq rfq =
        rfqs.create(
            buyer,
            new NewRfq(
                UUID.randomUUID(),
                "Toor dal for the canteen",
                "MH",
                LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(30),
                clock.instant().plus(Duration.ofDays(3)),
                null,
                1,
                List.of(new NewRfq.Line(dal.productId(), null, 50, null, null)),
                List.of(shg.sellerId()),
                List.of()));
    await("the SHG invited").atMost(WAIT).until(() -> !rfqs.invitations(shg, rfq.id()).isEmpty());

    // 30 % off its own 128.00, and below its floor price: confirmed by the seller
    QuoteRevision deep =
        quotes.quote(
            shg,
            rfq.id(),
            new QuoteDraft(
                List.of(new QuoteDraft.Line(new BigDecimal("90.00"), null)),
                2,
                clock.instant().plus(Duration.ofDays(5)),
                null,
                true));
    assertThat(deep.status()).isEqualTo(QuoteStatus.AWAITING_APPROVAL);
    HumanTask approval =
        await("the approval task in operations' inbox")
            .atMost(WAIT)
            .until(() -> inbox.openTaskOfQuote(ops, deep.id()), java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(approval.kind()).isEqualTo(io.mandi.rfq.DiscountApprovalTask.KIND);
    assertThat(approval.rfqId()).isEqualTo(rfq.id());
    assertThat(rfqs.quotes(buyer, rfq.id())).as("hidden until approved").isEmpty();

    inbox.decide(ops, approval.id(), TaskInput.of("APPROVE", "Clearance before the new crop"));
    assertThat(rfqs.quotes(buyer, rfq.id()))
        .singleElement()
        .satisfies(q -> assertThat(q.status()).isEqualTo(QuoteStatus.OPEN));
    decisions.cancel(buyer, rfq.id(), "Bought locally");
    await("the process ended with the request")
        .atMost(WAIT)
        .until(() -> rfqs.rfq(buyer, rfq.id()).status() == RfqStatus.CANCELLED);
  }

  private QuoteDraft quote(String unitPrice, int leadTimeDays) {
    return new QuoteDraft(
        List.of(new QuoteDraft.Line(new BigDecimal(unitPrice), null)),
        leadTimeDays,
        clock.instant().plus(Duration.ofDays(5)),
        null,
        false);
  }
}
