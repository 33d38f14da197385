package io.mandi.rfq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.RecordingRfqProcess;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderLine;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderValidationService;
import io.mandi.task.HumanTask;
import io.mandi.task.NewTask;
import io.mandi.task.TaskInput;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From compared quotes to orders: counter rounds, expiry, split awards, orders exactly once. */
@CoreTest
class RfqAwardTest {
  @Autowired RfqService rfqs;
  @Autowired RfqDecisions decisions;
  @Autowired SellerQuotes quotes;
  @Autowired io.mandi.task.TaskInboxService inbox;
  @Autowired io.mandi.task.EngineRun run;
  @Autowired RfqNegotiation negotiation;
  @Autowired RfqMapper mapper;
  @Autowired RecordingRfqProcess process;
  @Autowired OrderQueryService orders;
  @Autowired OrderValidationService validation;
  @Autowired CatalogOnboarding onboarding;
  @Autowired AccountService accountService;
  @Autowired io.mandi.notification.OrderNotificationService messages;

  CatalogFixture fixture;
  Actor buyer;
  Actor seller1;
  Actor seller2;
  long rice;
  long dal;

  @BeforeEach
  void catalog() {
    fixture = new CatalogFixture(onboarding, accountService);
    buyer = fixture.buyer();
    String category = fixture.category();
    rice = fixture.product(category, "Rice " + CatalogFixture.unique(""));
    dal = fixture.product(category, "Toor dal " + CatalogFixture.unique(""));
    seller1 = fixture.seller(SellerKind.MANUFACTURER);
    seller2 = fixture.seller(SellerKind.SHG);
    for (Actor seller : List.of(seller1, seller2)) {
      // a minimum of 100: the request's 20 and 30 are below it, agreed in the quote
      fixture.offer(seller, rice, 100, 1000, new BigDecimal("100.00"));
      fixture.offer(seller, dal, 100, 1000, new BigDecimal("150.00"));
    }
  }

  /** A request both sellers quoted, closed and scored: the buyer compares. */
  private Rfq compared(String rice1, String dal1, String rice2, String dal2) {
    Rfq rfq =
        rfqs.create(
            buyer,
            new NewRfq(
                UUID.randomUUID(),
                "Staples",
                "MH",
                LocalDate.now().plusDays(20),
                Instant.now().plus(Duration.ofDays(2)),
                2,
                1,
                List.of(
                    new NewRfq.Line(rice, null, 20, null, null),
                    new NewRfq.Line(dal, null, 30, null, null)),
                List.of(seller1.sellerId(), seller2.sellerId()),
                List.of()));
    negotiation.shortlist(rfq.id());
    quotes.quote(seller1, rfq.id(), draft(rice1, dal1, Duration.ofDays(5)));
    quotes.quote(seller2, rfq.id(), draft(rice2, dal2, Duration.ofDays(5)));
    assertThat(negotiation.review(rfq.id()).closed()).isTrue();
    negotiation.score(rfq.id());
    return rfq;
  }

  private static QuoteDraft draft(String rice, String dal, Duration valid) {
    return new QuoteDraft(
        List.of(
            new QuoteDraft.Line(new BigDecimal(rice), null),
            new QuoteDraft.Line(new BigDecimal(dal), null)),
        3,
        Instant.now().plus(valid),
        null,
        false);
  }

  private QuoteRevision openQuoteOf(Rfq rfq, Actor seller) {
    return rfqs.quotes(buyer, rfq.id()).stream()
        .filter(q -> q.sellerId() == seller.sellerId() && q.status() == QuoteStatus.OPEN)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCounterAcceptedBySellerBecomesOneOrderAtTheAgreedPricesExactlyOnce() {
    Rfq rfq = compared("95.00", "140.00", "98.00", "139.00");
    QuoteRevision quote = openQuoteOf(rfq, seller1);
    assertThat(quote.score()).as("scored").isNotNull();

    QuoteRevision counter =
        decisions.counter(
            buyer,
            quote.id(),
            List.of(new BigDecimal("90.00"), new BigDecimal("135.00")),
            Instant.now().plus(Duration.ofDays(1)),
            "Can you meet this?");
    assertThat(counter.counterOffer()).isTrue();
    assertThat(counter.total()).isEqualByComparingTo("5850.00");
    assertThat(mapper.findQuote(quote.id()).status()).isEqualTo(QuoteStatus.COUNTERED);
    assertThatThrownBy(() -> quotes.answerCounter(seller2, counter.id(), true))
        .isInstanceOf(io.mandi.account.NotAllowedException.class);

    quotes.answerCounter(seller1, counter.id(), true);
    quotes.answerCounter(seller1, counter.id(), true); // a second click is the same answer
    assertThatThrownBy(() -> quotes.answerCounter(seller1, counter.id(), false))
        .hasMessage("This counter-offer no longer waits for your answer");
    assertThat(rfqs.rfq(buyer, rfq.id()).status()).isEqualTo(RfqStatus.AWARDED);
    List<Long> awarded = negotiation.award(rfq.id());
    assertThat(awarded).containsExactly(counter.id());
    assertThat(negotiation.award(rfq.id())).as("a repeated job").isEqualTo(awarded);

    long order = negotiation.placeOrder(rfq.id(), counter.id());
    assertThat(negotiation.placeOrder(rfq.id(), counter.id()))
        .as("delivered twice")
        .isEqualTo(order);
    OrderDetails details = orders.details(buyer, order);
    assertThat(details.order().sellerId()).isEqualTo(seller1.sellerId());
    assertThat(details.order().totalAmount()).isEqualByComparingTo("5850.00");
    assertThat(details.lines())
        .extracting(OrderLine::unitPrice)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("90.00"), new BigDecimal("135.00"));
    assertThat(details.lines()).allMatch(OrderLine::agreed);
    assertThat(validation.validate(order)).as("the agreed quantities pass").isEmpty();
    assertThat(rfqs.awards(buyer, rfq.id())).allMatch(a -> a.orderId() == order);
    assertThat(mapper.findInvitation(rfq.id(), seller2.sellerId()).status())
        .isEqualTo(InvitationStatus.LOST);
    assertThat(process.told).contains(rfq.id() + ":DECIDED:award-" + rfq.id());

    // each party reads its own messages about the request, and only its own
    assertThat(messages.messagesFor(buyer, null, 0, 50))
        .extracting(io.mandi.notification.Notification::summary)
        .anyMatch(m -> m.contains("quoted ₹6,100.00 on your request #" + rfq.id()));
    assertThat(messages.messagesFor(seller1, null, 0, 50))
        .extracting(io.mandi.notification.Notification::summary)
        .anyMatch(
            m -> m.contains("counters your quote on request #" + rfq.id() + " with ₹5,850.00"))
        .anyMatch(
            m ->
                m.equals(
                    "You won request #" + rfq.id() + ": the order at the agreed prices follows."))
        .noneMatch(m -> m.contains("went to another seller"));
    assertThat(messages.messagesFor(seller2, null, 0, 50))
        .extracting(io.mandi.notification.Notification::summary)
        .contains("Request #" + rfq.id() + " went to another seller. Thank you.")
        .noneMatch(m -> m.contains("counters your quote on request #" + rfq.id()));
  }

  @Test
  void counterOffersStopAtTheRequestsRoundsAndADeclineLeavesTheQuoteOpen() {
    Rfq rfq = compared("95.00", "140.00", "98.00", "139.00");
    Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

    // seller2 declines the counter-offer: its own quote is open again
    QuoteRevision quote2 = openQuoteOf(rfq, seller2);
    QuoteRevision counter2 =
        decisions.counter(
            buyer,
            quote2.id(),
            List.of(new BigDecimal("80"), new BigDecimal("120")),
            tomorrow,
            null);
    quotes.answerCounter(seller2, counter2.id(), false);
    assertThat(mapper.findQuote(counter2.id()).status()).isEqualTo(QuoteStatus.DECLINED);
    assertThat(mapper.findQuote(quote2.id()).status()).isEqualTo(QuoteStatus.OPEN);
    assertThatThrownBy(
            () -> quotes.quote(seller2, rfq.id(), draft("97", "138", Duration.ofDays(2))))
        .as("closed for new quotes once compared")
        .hasMessageContaining("closed for quotes");

    // seller1 answers with a new quote instead: every revision is kept, in order
    QuoteRevision quote1 = openQuoteOf(rfq, seller1);
    QuoteRevision counter1 =
        decisions.counter(
            buyer,
            quote1.id(),
            List.of(new BigDecimal("85"), new BigDecimal("125")),
            tomorrow,
            null);
    QuoteRevision requote =
        quotes.quote(seller1, rfq.id(), draft("90.00", "132.00", Duration.ofDays(3)));
    assertThat(rfqs.quotes(seller1, rfq.id()))
        .extracting(QuoteRevision::revision, QuoteRevision::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, QuoteStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(2, QuoteStatus.SUPERSEDED),
            org.assertj.core.groups.Tuple.tuple(3, QuoteStatus.OPEN));
    assertThat(requote.round()).isEqualTo(counter1.round());
    assertThatThrownBy(
            () ->
                decisions.counter(
                    buyer,
                    requote.id(),
                    List.of(new BigDecimal("88"), new BigDecimal("130")),
                    tomorrow,
                    null))
        .as("one round allowed on this request")
        .hasMessageContaining("used the 1 counter-offer rounds");
  }

  @Test
  void anExpiredQuoteCannotBeAcceptedUntilItsSellerReopensIt() {
    Rfq rfq = compared("95.00", "140.00", "98.00", "139.00");
    QuoteRevision quote = openQuoteOf(rfq, seller2);
    mapper.updateQuoteValidUntil(quote.id(), Instant.now().minusSeconds(1));

    assertThatThrownBy(() -> decisions.acceptWhole(buyer, rfq.id(), quote.id()))
        .hasMessageContaining("expired: ask the seller to re-open it");
    assertThat(negotiation.expire(rfq.id())).as("seller1's quote is still open").isEqualTo(1);
    assertThat(mapper.findQuote(quote.id()).status()).isEqualTo(QuoteStatus.EXPIRED);

    QuoteRevision reopened =
        quotes.quote(seller2, rfq.id(), draft("98.00", "139.00", Duration.ofDays(2)));
    assertThat(reopened.revision()).isEqualTo(2);
    assertThat(mapper.findQuote(quote.id()).status()).as("kept").isEqualTo(QuoteStatus.SUPERSEDED);
    decisions.acceptWhole(buyer, rfq.id(), reopened.id());
    decisions.acceptWhole(buyer, rfq.id(), reopened.id()); // a second click
    assertThat(rfqs.awards(buyer, rfq.id()))
        .extracting(RfqAward::quoteId)
        .containsOnly(reopened.id());
    assertThatThrownBy(() -> decisions.acceptWhole(buyer, rfq.id(), openQuoteOf(rfq, seller1).id()))
        .hasMessageContaining("nothing to accept");
  }

  @Test
  void aSplitAwardBecomesOneOrderPerSeller() {
    Rfq rfq = compared("95.00", "140.00", "98.00", "139.00");
    QuoteRevision one = openQuoteOf(rfq, seller1);
    QuoteRevision two = openQuoteOf(rfq, seller2);

    decisions.accept(buyer, rfq.id(), Map.of(1, one.id(), 2, two.id()));
    List<Long> awarded = negotiation.award(rfq.id());
    List<Long> placed = awarded.stream().map(q -> negotiation.placeOrder(rfq.id(), q)).toList();

    assertThat(placed).hasSize(2).doesNotHaveDuplicates();
    assertThat(orders.details(seller1, placed.get(0)).order().totalAmount())
        .isEqualByComparingTo("1900.00");
    assertThat(orders.details(seller2, placed.get(1)).order().totalAmount())
        .isEqualByComparingTo("4170.00");
    assertThat(mapper.findInvitation(rfq.id(), seller1.sellerId()).status())
        .isEqualTo(InvitationStatus.WON);
  }

  @Test
  void aDeepDiscountReachesTheBuyerOnlyOnceOperationsApprove() {
    Rfq rfq =
        rfqs.create(
            buyer,
            new NewRfq(
                UUID.randomUUID(),
                "Rice",
                "MH",
                LocalDate.now().plusDays(20),
                Instant.now().plus(Duration.ofDays(2)),
                null,
                1,
                List.of(new NewRfq.Line(rice, null, 20, null, null)),
                List.of(seller1.sellerId()),
                List.of()));
    negotiation.shortlist(rfq.id());
    QuoteRevision deep = quotes.quote(seller1, rfq.id(), oneItemAt("60.00"));
    assertThat(deep.status()).isEqualTo(QuoteStatus.AWAITING_APPROVAL);
    assertThat(process.approvalsNeeded).as("the approval process is started").contains(deep.id());
    String opsName = CatalogFixture.unique("ops");
    accountService.createUser(opsName, "password1", "Ops", Role.OPS, null, null);
    Actor ops = new Actor(opsName, Role.OPS, null, null);

    // the process opens operations' task about the quote, as the user-task worker does
    openApprovalTask(rfq, deep);
    HumanTask task = inbox.openTaskOfQuote(ops, deep.id()).orElseThrow();
    assertThat(task.rfqId()).isEqualTo(rfq.id());
    assertThatThrownBy(() -> inbox.decide(ops, task.id(), TaskInput.of("REFUSE", null)))
        .as("a refusal needs its reason");
    assertThat(rfqs.quotes(buyer, rfq.id())).as("not before approval").isEmpty();

    inbox.decide(ops, task.id(), TaskInput.of("APPROVE", "Clearance stock"));
    assertThat(rfqs.quotes(buyer, rfq.id()))
        .extracting(QuoteRevision::id)
        .containsExactly(deep.id());
    assertThat(inbox.openTaskOfQuote(ops, deep.id())).as("the task is done").isEmpty();
    assertThat(rfqs.thread(seller1, rfqs.invitations(seller1, rfq.id()).getFirst().id()))
        .extracting(RfqMessage::body)
        .contains("Discount approved: Clearance stock");

    // a second deep quote replaced before anyone decided: its task closes by itself
    QuoteRevision deeper = quotes.quote(seller1, rfq.id(), oneItemAt("55.00"));
    openApprovalTask(rfq, deeper);
    assertThat(inbox.openTaskOfQuote(ops, deeper.id())).isPresent();
    quotes.quote(seller1, rfq.id(), oneItemAt("85.00"));
    assertThat(inbox.openTaskOfQuote(ops, deeper.id())).as("withdrawn, nobody asked").isEmpty();
    assertThat(process.told).contains(rfq.id() + ":RESPONSE:approved-" + deep.id());
  }

  private static QuoteDraft oneItemAt(String unitPrice) {
    return new QuoteDraft(
        List.of(new QuoteDraft.Line(new BigDecimal(unitPrice), null)),
        2,
        Instant.now().plus(Duration.ofDays(3)),
        null,
        false);
  }

  /** Opens operations' task about a quote, as the user-task worker does for the process. */
  private void openApprovalTask(Rfq rfq, QuoteRevision quote) {
    long key = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    inbox.open(
        new NewTask(
            run,
            key,
            key + 1,
            key + 2,
            "rfq-discount-approval",
            DiscountApprovalTask.KIND,
            "ops",
            null,
            Instant.now().plus(Duration.ofHours(4)),
            null,
            Instant.now(),
            rfq.id(),
            quote.id()));
  }

  @Test
  void rejectingAllOrCancellingClosesTheRequestAndItsQuotesLose() {
    Rfq rejected = compared("95.00", "140.00", "98.00", "139.00");
    decisions.rejectAll(buyer, rejected.id(), "Prices too high");
    assertThat(rfqs.rfq(buyer, rejected.id()).status()).isEqualTo(RfqStatus.REJECTED);
    assertThat(rfqs.quotes(buyer, rejected.id())).allMatch(q -> q.status() == QuoteStatus.LOST);
    assertThatThrownBy(() -> decisions.cancel(buyer, rejected.id(), "x"))
        .hasMessageContaining("already");

    Rfq cancelled = compared("95.00", "140.00", "98.00", "139.00");
    Actor stranger = fixture.buyer();
    assertThatThrownBy(() -> decisions.cancel(stranger, cancelled.id(), "mine now"))
        .isInstanceOf(io.mandi.account.NotAllowedException.class);
    decisions.cancel(buyer, cancelled.id(), "Bought elsewhere");
    assertThat(rfqs.rfq(buyer, cancelled.id()).status()).isEqualTo(RfqStatus.CANCELLED);
  }
}
