package io.mandi.rfq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.RecordingRfqProcess;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A request from creation to closing, on the real database; the process is played by hand. */
@CoreTest
class RfqNegotiationTest {
  @Autowired RfqService rfqs;
  @Autowired SellerQuotes quotes;
  @Autowired RfqNegotiation negotiation;
  @Autowired RfqMapper mapper;
  @Autowired RecordingRfqProcess process;
  @Autowired CatalogOnboarding onboarding;
  @Autowired AccountService accountService;
  @Autowired io.mandi.notification.OrderNotificationService messages;

  CatalogFixture fixture;
  Actor buyer;
  Actor seller1;
  Actor seller2;
  Actor excluded;
  Actor otherTrade;
  long rice;
  long seller1Offer;

  @BeforeEach
  void catalog() {
    fixture = new CatalogFixture(onboarding, accountService);
    buyer = fixture.buyer();
    String category = fixture.category();
    rice = fixture.product(category, "Sona masoori rice " + CatalogFixture.unique(""));
    seller1 = fixture.seller(SellerKind.MANUFACTURER);
    seller2 = fixture.seller(SellerKind.SHG);
    excluded = fixture.seller(SellerKind.WHOLESALER);
    seller1Offer = fixture.offer(seller1, rice, 1, 1000, new BigDecimal("100.00"));
    for (Actor seller : List.of(seller2, excluded)) {
      fixture.offer(seller, rice, 1, 1000, new BigDecimal("100.00"));
    }
    otherTrade = fixture.seller(SellerKind.WHOLESALER);
    fixture.offer(
        otherTrade,
        fixture.product(fixture.category(), "Jute bag " + CatalogFixture.unique("")),
        1,
        10,
        new BigDecimal("40.00"));
  }

  private NewRfq request(Integer closeAfter) {
    Instant closes = Instant.now().plus(Duration.ofDays(2));
    return new NewRfq(
        UUID.randomUUID(),
        "Rice for the new branch",
        "MH",
        LocalDate.now().plusDays(10),
        closes,
        closeAfter,
        2,
        List.of(new NewRfq.Line(rice, null, 50, null, new BigDecimal("85.00"))),
        List.of(),
        List.of(excluded.sellerId()));
  }

  private static QuoteDraft priced(String unitPrice, boolean belowFloorConfirmed) {
    return new QuoteDraft(
        List.of(new QuoteDraft.Line(new BigDecimal(unitPrice), null)),
        4,
        Instant.now().plus(Duration.ofDays(5)),
        "Packed in 25 kg bags",
        belowFloorConfirmed);
  }

  @Test
  void aRequestIsCheckedCreatedOnceAndStartsItsProcessAfterCommit() {
    NewRfq asked = request(null);
    Rfq rfq = rfqs.create(buyer, asked);
    assertThat(rfqs.create(buyer, asked).id()).as("a resubmitted form").isEqualTo(rfq.id());
    assertThat(process.started).containsOnlyOnce(rfq.id());
    assertThat(rfq.status()).isEqualTo(RfqStatus.OPEN);
    assertThat(rfqs.lines(buyer, rfq.id()))
        .singleElement()
        .satisfies(line -> assertThat(line.description()).startsWith("Sona masoori rice"));

    NewRfq noLines =
        new NewRfq(
            UUID.randomUUID(),
            "x",
            "MH",
            LocalDate.now().plusDays(9),
            asked.closesAt(),
            null,
            1,
            List.of(),
            List.of(),
            List.of());
    assertThatThrownBy(() -> rfqs.create(buyer, noLines)).hasMessage("Ask for at least one item");
    NewRfq tooSoon =
        new NewRfq(
            UUID.randomUUID(),
            "x",
            "MH",
            LocalDate.now().plusDays(9),
            Instant.now().plusSeconds(60),
            null,
            1,
            asked.lines(),
            List.of(),
            List.of());
    assertThatThrownBy(() -> rfqs.create(buyer, tooSoon))
        .hasMessage("Give sellers at least an hour to answer");
    NewRfq nul =
        new NewRfq(
            UUID.randomUUID(),
            "rice\0",
            "MH",
            LocalDate.now().plusDays(9),
            asked.closesAt(),
            null,
            1,
            asked.lines(),
            List.of(),
            List.of());
    assertThatThrownBy(() -> rfqs.create(buyer, nul))
        .isInstanceOf(RfqRefusedException.class)
        .hasMessageContaining("cannot be stored");
    assertThatThrownBy(() -> rfqs.create(seller1, asked)).isInstanceOf(NotAllowedException.class);

    // lists: the buyer's own, by status and words; a seller only what it is invited to
    assertThat(rfqs.list(buyer, RfqStatus.OPEN, "new branch", 0, 10))
        .extracting(Rfq::id)
        .containsExactly(rfq.id());
    assertThat(rfqs.count(buyer, null, String.valueOf(rfq.id()))).isEqualTo(1);
    assertThat(rfqs.count(buyer, RfqStatus.AWARDED, null)).isZero();
    assertThat(rfqs.count(seller1, null, "new branch")).as("not invited yet").isZero();
    assertThatThrownBy(() -> rfqs.list(buyer, null, "rice\0", 0, 10))
        .isInstanceOf(RfqRefusedException.class);
  }

  @Test
  void theShortlistInvitesWhoSellsItOnceAndNeverWhomTheBuyerExcluded() {
    Rfq rfq = rfqs.create(buyer, request(null));
    List<Long> invited = negotiation.shortlist(rfq.id());
    assertThat(negotiation.shortlist(rfq.id())).as("a repeated job").isEqualTo(invited);
    invited.forEach(negotiation::invite);
    invited.forEach(negotiation::invite); // a repeated broadcast
    assertThat(messages.messagesFor(seller1, null, 0, 50))
        .extracting(io.mandi.notification.Notification::summary)
        .filteredOn(m -> m.contains("asks you to quote on request #" + rfq.id() + " "))
        .hasSize(1);
    assertThat(messages.messagesFor(excluded, null, 0, 50))
        .extracting(io.mandi.notification.Notification::summary)
        .noneMatch(m -> m.contains("request #" + rfq.id() + " "));
    assertThat(rfqs.invitations(buyer, rfq.id()))
        .filteredOn(i -> i.status() == InvitationStatus.INVITED)
        .extracting(Invitation::sellerId)
        .contains(seller1.sellerId(), seller2.sellerId())
        .doesNotContain(excluded.sellerId(), otherTrade.sellerId())
        .hasSameSizeAs(invited);
    assertThatThrownBy(() -> rfqs.rfq(excluded, rfq.id())).isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> rfqs.rfq(otherTrade, rfq.id()))
        .isInstanceOf(NotAllowedException.class);
    assertThat(rfqs.invitations(seller1, rfq.id()))
        .as("a seller sees only its own invitation")
        .singleElement()
        .satisfies(i -> assertThat(i.sellerId()).isEqualTo(seller1.sellerId()));
  }

  @Test
  void everyRevisionIsKeptAndASellerSeesOnlyItsOwnQuotes() {
    Rfq rfq = rfqs.create(buyer, request(null));
    negotiation.shortlist(rfq.id());

    QuoteRevision first = quotes.quote(seller1, rfq.id(), priced("95.00", false));
    QuoteRevision second = quotes.quote(seller1, rfq.id(), priced("92.50", false));
    quotes.quote(seller2, rfq.id(), priced("97.00", false));

    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.total()).isEqualByComparingTo("4625.00");
    assertThat(mapper.findQuote(first.id()).status()).isEqualTo(QuoteStatus.SUPERSEDED);
    assertThat(rfqs.quotes(seller1, rfq.id()))
        .extracting(QuoteRevision::id)
        .containsExactly(first.id(), second.id());
    assertThat(rfqs.quotes(buyer, rfq.id())).hasSize(3);
    assertThat(rfqs.quoteLines(buyer, second.id()))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.unitPrice()).isEqualByComparingTo("92.50");
              assertThat(line.listPrice()).as("the 10+ price break").isEqualByComparingTo("90.00");
            });
    assertThatThrownBy(() -> rfqs.quoteLines(seller2, second.id()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> quotes.quote(excluded, rfq.id(), priced("90.00", false)))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> quotes.quote(seller1, rfq.id(), priced("-1", false)))
        .hasMessage("Item 1: a price above zero");
    assertThat(process.told).contains(rfq.id() + ":RESPONSE:quote-" + second.id());
  }

  @Test
  void aPriceBelowTheFloorNeedsConfirmationAndABigDiscountWaitsForApproval() {
    Rfq rfq = rfqs.create(buyer, request(null));
    negotiation.shortlist(rfq.id());
    onboarding.setFloorPrice(seller1Offer, new BigDecimal("80.00"));

    assertThatThrownBy(() -> quotes.quote(seller1, rfq.id(), priced("70.00", false)))
        .hasMessageContaining("below your floor price of 80.00; confirm");
    QuoteRevision deep = quotes.quote(seller1, rfq.id(), priced("70.00", true));
    assertThat(deep.status())
        .as("22 % below its own 90.00 list price")
        .isEqualTo(QuoteStatus.AWAITING_APPROVAL);
    assertThat(rfqs.quotes(buyer, rfq.id())).as("not before approval").isEmpty();
    assertThat(quotes.quote(seller1, rfq.id(), priced("80.00", false)).status())
        .as("11 % below")
        .isEqualTo(QuoteStatus.OPEN);
  }

  @Test
  void closesAsSoonAsEnoughSellersAnsweredAndTheOthersLapse() {
    Rfq rfq = rfqs.create(buyer, request(1));
    negotiation.shortlist(rfq.id());
    assertThat(negotiation.review(rfq.id()).closed()).isFalse();

    quotes.quote(seller1, rfq.id(), priced("95.00", false));
    ReviewResult review = negotiation.review(rfq.id());

    assertThat(review.closed()).isTrue();
    assertThat(review.openQuotes()).isEqualTo(1);
    assertThat(rfqs.rfq(buyer, rfq.id()).status()).isEqualTo(RfqStatus.COMPARING);
    assertThat(mapper.findInvitation(rfq.id(), seller2.sellerId()).status())
        .isEqualTo(InvitationStatus.NO_ANSWER);
    assertThatThrownBy(() -> quotes.quote(seller2, rfq.id(), priced("90.00", false)))
        .isInstanceOf(RfqRefusedException.class);
  }

  @Test
  void aQuestionPausesTheSellersTimeUntilTheBuyerAnswers() {
    Rfq rfq = rfqs.create(buyer, request(null));
    negotiation.shortlist(rfq.id());
    quotes.decline(seller2, rfq.id(), "No stock this month");
    quotes.ask(seller1, rfq.id(), "Is 26 kg bags fine?");
    Invitation asking = mapper.findInvitation(rfq.id(), seller1.sellerId());
    assertThat(asking.status()).isEqualTo(InvitationStatus.WAITING_FOR_ANSWER);

    // the deadline passes while the question waits: the request stays open for the seller
    Instant past = Instant.now().minus(Duration.ofMinutes(5));
    mapper.updateClosing(rfq.id(), past);
    mapper.updateInvitation(
        asking.id(), asking.status(), null, past, past.minus(Duration.ofHours(1)));
    ReviewResult waiting = negotiation.review(rfq.id());
    assertThat(waiting.closed()).isFalse();
    assertThat(waiting.closesAt()).isAfter(Instant.now());

    rfqs.answer(buyer, asking.id(), "Yes, 26 kg is fine");
    Invitation resumed = mapper.findInvitation(rfq.id(), seller1.sellerId());
    assertThat(resumed.status()).isEqualTo(InvitationStatus.INVITED);
    assertThat(resumed.respondBy())
        .as("an hour of pause added to its time")
        .isAfter(past.plus(Duration.ofMinutes(59)));
    assertThat(rfqs.thread(seller1, asking.id()))
        .extracting(RfqMessage::kind)
        .containsExactly("QUESTION", "ANSWER");
    assertThatThrownBy(() -> rfqs.thread(seller2, asking.id()))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aDeadlineWithoutAnswersClosesWithNoResponses() {
    Rfq rfq = rfqs.create(buyer, request(null));
    negotiation.shortlist(rfq.id());
    Instant past = Instant.now().minusSeconds(1);
    mapper.updateClosing(rfq.id(), past);
    for (Invitation invitation : mapper.findInvitations(rfq.id())) {
      if (invitation.status().pending()) {
        mapper.updateInvitation(invitation.id(), invitation.status(), null, past, null);
      }
    }
    ReviewResult review = negotiation.review(rfq.id());
    assertThat(review.closed()).isTrue();
    assertThat(review.openQuotes()).isZero();
    assertThat(rfqs.rfq(buyer, rfq.id()).status()).isEqualTo(RfqStatus.NO_RESPONSES);
    assertThat(rfqs.rfq(buyer, rfq.id()).status().forBuyer())
        .isEqualTo("No quotes came in: extend or cancel");
  }
}
