package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.money.Amounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the buyer decides once quotes are in: accept (the whole request from one quote, or lines
 * from different quotes), counter one quote (a bounded number of rounds, each with a time to
 * answer), reject them all; and, for a request without quotes, extend or cancel. Each decision
 * commits with the message that tells the process; a repeated accept is the same award.
 */
@Service
public class RfqDecisions {
  static final Duration LONGEST_COUNTER = Duration.ofDays(14);

  private final RfqMapper rfqs;
  private final RfqEvents events;
  private final RfqNotices notices;
  private final DiscountApprovals approvals;
  private final TransactionTemplate transaction;
  private final Clock clock;

  RfqDecisions(
      RfqMapper rfqs,
      RfqEvents events,
      RfqNotices notices,
      DiscountApprovals approvals,
      TransactionTemplate transaction,
      Clock clock) {
    this.rfqs = rfqs;
    this.events = events;
    this.notices = notices;
    this.approvals = approvals;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Accepts the whole request from one quote. */
  public void acceptWhole(Actor buyer, long rfqId, long quoteId) {
    Map<Integer, Long> all = new TreeMap<>();
    rfqs.findLines(rfqId).forEach(line -> all.put(line.lineNo(), quoteId));
    accept(buyer, rfqId, all);
  }

  /**
   * Accepts each given line from the given quote. Lines left out are not bought. A quote past its
   * valid-until cannot be accepted: its seller may re-open it. Accepting again with the same choice
   * changes nothing.
   */
  public void accept(Actor buyer, long rfqId, Map<Integer, Long> quoteByLine) {
    buyer.require(Role.BUYER);
    if (quoteByLine == null || quoteByLine.isEmpty()) {
      throw new RfqRefusedException("Choose a quote for at least one item");
    }
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = own(buyer, rfqId);
          if (rfq.status() == RfqStatus.AWARDED && sameAward(rfqId, quoteByLine)) {
            return; // a second click on the same choice
          }
          if (rfq.status() != RfqStatus.COMPARING) {
            throw new RfqRefusedException(
                "This request is " + rfq.status().forBuyer().toLowerCase() + ": nothing to accept");
          }
          Instant now = clock.instant();
          List<RfqLine> lines = rfqs.findLines(rfqId);
          for (Map.Entry<Integer, Long> choice : quoteByLine.entrySet()) {
            if (choice.getKey() == null || choice.getKey() < 1 || choice.getKey() > lines.size()) {
              throw new RfqRefusedException("No item " + choice.getKey() + " on this request");
            }
            acceptable(rfqId, choice.getValue(), now);
          }
          award(rfq, new TreeMap<>(quoteByLine), buyer.username(), "the buyer accepted");
        });
  }

  private boolean sameAward(long rfqId, Map<Integer, Long> quoteByLine) {
    Map<Integer, Long> awarded = new TreeMap<>();
    rfqs.findAwards(rfqId).forEach(a -> awarded.put(a.lineNo(), a.quoteId()));
    return awarded.equals(new TreeMap<>(quoteByLine));
  }

  private QuoteRevision acceptable(long rfqId, Long quoteId, Instant now) {
    QuoteRevision quote = quoteId == null ? null : rfqs.findQuote(quoteId);
    if (quote == null || quote.rfqId() != rfqId || quote.counterOffer()) {
      throw new RfqRefusedException("Quote " + quoteId + " is not a quote on this request");
    }
    if (quote.status() == QuoteStatus.EXPIRED
        || (quote.status() == QuoteStatus.OPEN && !quote.validUntil().isAfter(now))) {
      throw new RfqRefusedException(
          quote.sellerName() + "'s quote expired: ask the seller to re-open it");
    }
    if (quote.status() != QuoteStatus.OPEN) {
      throw new RfqRefusedException(
          quote.sellerName() + "'s quote revision " + quote.revision() + " is no longer open");
    }
    return quote;
  }

  /** Records the award, closes the request to further quotes and tells the process. */
  void award(Rfq rfq, Map<Integer, Long> quoteByLine, String by, String why) {
    Instant now = clock.instant();
    quoteByLine.forEach((lineNo, quoteId) -> rfqs.insertAward(rfq.id(), lineNo, quoteId));
    for (Long quoteId : quoteByLine.values().stream().distinct().toList()) {
      rfqs.updateQuoteStatus(quoteId, QuoteStatus.OPEN, QuoteStatus.ACCEPTED);
    }
    rfqs.updateStatus(rfq.id(), RfqStatus.COMPARING, RfqStatus.AWARDED);
    rfqs.insertStatusChange(rfq.id(), RfqStatus.COMPARING, RfqStatus.AWARDED, by, now, why);
    events.tell(
        rfq.id(),
        RfqEvent.DECIDED,
        "award-" + rfq.id(),
        Map.of("decision", Decision.ACCEPT.name()));
  }

  /**
   * Counters one seller's open quote with the buyer's prices, to be answered by the given time. The
   * seller accepts (the request is awarded at those prices), quotes again, or declines.
   */
  public QuoteRevision counter(
      Actor buyer, long quoteId, List<BigDecimal> unitPrices, Instant answerBy, String note) {
    buyer.require(Role.BUYER);
    String notes = RfqTexts.checked("A note", note, 1000, false);
    Instant now = clock.instant();
    if (answerBy == null || !answerBy.isAfter(now.plus(Duration.ofMinutes(30)))) {
      throw new RfqRefusedException("Give the seller at least half an hour to answer");
    }
    if (answerBy.isAfter(now.plus(LONGEST_COUNTER))) {
      throw new RfqRefusedException("Ask for an answer within 14 days");
    }
    return transaction.execute(
        status -> {
          QuoteRevision quote = rfqs.findQuote(quoteId);
          if (quote == null) {
            throw new RfqRefusedException("No quote " + quoteId);
          }
          Rfq rfq = own(buyer, quote.rfqId());
          if (rfq.status() != RfqStatus.COMPARING) {
            throw new RfqRefusedException("This request no longer takes counter-offers");
          }
          acceptable(rfq.id(), quoteId, now);
          List<QuoteRevision> negotiation =
              rfqs.findQuotes(rfq.id()).stream()
                  .filter(q -> q.invitationId() == quote.invitationId())
                  .toList();
          long countersSoFar = negotiation.stream().filter(QuoteRevision::counterOffer).count();
          if (countersSoFar >= rfq.maxCounterRounds()) {
            throw new RfqRefusedException(
                "You have used the "
                    + rfq.maxCounterRounds()
                    + " counter-offer rounds of this request: accept or reject the quote");
          }
          List<RfqLine> lines = rfqs.findLines(rfq.id());
          List<QuoteLine> quoted = rfqs.findQuoteLines(quoteId);
          if (unitPrices == null || unitPrices.size() != lines.size()) {
            throw new RfqRefusedException(
                "Give a price for each of the " + lines.size() + " items");
          }
          BigDecimal total = BigDecimal.ZERO;
          List<QuoteLine> countered = new ArrayList<>();
          for (RfqLine line : lines) {
            BigDecimal price = unitPrices.get(line.lineNo() - 1);
            if (price == null || price.signum() <= 0) {
              throw new RfqRefusedException("Item " + line.lineNo() + ": a price above zero");
            }
            QuoteLine original = quoted.get(line.lineNo() - 1);
            countered.add(
                new QuoteLine(
                    0,
                    line.lineNo(),
                    Amounts.inr(price),
                    original.offerId(),
                    original.listPrice()));
            total = total.add(Amounts.times(Amounts.inr(price), line.quantity()));
          }
          long counterId =
              rfqs.insertQuote(
                  quote.invitationId(),
                  negotiation.getLast().revision() + 1,
                  (int) countersSoFar + 1,
                  Role.BUYER,
                  QuoteStatus.OPEN,
                  quote.leadTimeDays(),
                  answerBy,
                  notes,
                  total,
                  quote.listTotal(),
                  buyer.username(),
                  now);
          for (QuoteLine line : countered) {
            rfqs.insertQuoteLine(
                new QuoteLine(
                    counterId, line.lineNo(), line.unitPrice(), line.offerId(), line.listPrice()));
          }
          rfqs.updateQuoteStatus(quoteId, QuoteStatus.OPEN, QuoteStatus.COUNTERED);
          notices.quoteChanged(counterId);
          events.tell(
              rfq.id(),
              RfqEvent.DECIDED,
              "counter-" + counterId,
              Map.of("decision", Decision.COUNTER.name()));
          return rfqs.findQuote(counterId);
        });
  }

  /** Rejects every quote: the request closes without an award and the sellers are told. */
  public void rejectAll(Actor buyer, long rfqId, String reason) {
    buyer.require(Role.BUYER);
    String why = RfqTexts.checked("A reason", reason, 500, true);
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = own(buyer, rfqId);
          if (rfq.status() != RfqStatus.COMPARING) {
            throw new RfqRefusedException("Only quotes being compared can be rejected");
          }
          finish(rfq, RfqStatus.REJECTED, buyer.username(), why);
          events.tell(
              rfqId,
              RfqEvent.DECIDED,
              "reject-" + rfqId,
              Map.of("decision", Decision.REJECT.name()));
        });
  }

  /**
   * Gives a request that got no quotes more time; the sellers that did not answer are asked again.
   */
  public void extend(Actor buyer, long rfqId, Instant closesAt) {
    buyer.require(Role.BUYER);
    Instant now = clock.instant();
    if (closesAt == null || closesAt.isBefore(now.plus(RfqService.SHORTEST_WINDOW))) {
      throw new RfqRefusedException("Give sellers at least an hour to answer");
    }
    if (closesAt.isAfter(now.plus(RfqService.LONGEST_WINDOW))) {
      throw new RfqRefusedException("Close the request within 60 days");
    }
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = own(buyer, rfqId);
          if (rfq.status() != RfqStatus.NO_RESPONSES) {
            throw new RfqRefusedException("Only a request that got no quotes can be extended");
          }
          rfqs.updateClosing(rfqId, closesAt);
          for (Invitation invitation : rfqs.findInvitations(rfqId)) {
            if (invitation.status() == InvitationStatus.NO_ANSWER) {
              rfqs.updateInvitation(
                  invitation.id(), InvitationStatus.INVITED, null, closesAt, null);
            }
          }
          rfqs.updateStatus(rfqId, RfqStatus.NO_RESPONSES, RfqStatus.OPEN);
          rfqs.insertStatusChange(
              rfqId, RfqStatus.NO_RESPONSES, RfqStatus.OPEN, buyer.username(), now, "Extended");
          events.tell(
              rfqId,
              RfqEvent.EXTENDED,
              "extend-" + rfqId + "-" + closesAt.toEpochMilli(),
              Map.of("closesAt", closesAt.toString()));
        });
  }

  /** Cancels a request that is not awarded yet; open quotes lose. */
  public void cancel(Actor buyer, long rfqId, String reason) {
    buyer.require(Role.BUYER);
    String why = RfqTexts.checked("A reason", reason, 500, true);
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = own(buyer, rfqId);
          if (rfq.status().finished()) {
            throw new RfqRefusedException("This request is already " + rfq.status().forBuyer());
          }
          finish(rfq, RfqStatus.CANCELLED, buyer.username(), why);
          events.tell(rfqId, RfqEvent.CANCELLED, "cancel-" + rfqId, Map.of());
        });
  }

  private void finish(Rfq rfq, RfqStatus to, String by, String why) {
    for (QuoteRevision quote : rfqs.findQuotes(rfq.id())) {
      if (quote.status() == QuoteStatus.OPEN
          || quote.status() == QuoteStatus.COUNTERED
          || quote.status() == QuoteStatus.AWAITING_APPROVAL) {
        rfqs.updateQuoteStatus(quote.id(), quote.status(), QuoteStatus.LOST);
      }
      if (quote.status() == QuoteStatus.AWAITING_APPROVAL) {
        approvals.withdraw(quote.id(), "The request closed");
      }
    }
    rfqs.updateStatus(rfq.id(), rfq.status(), to);
    rfqs.insertStatusChange(rfq.id(), rfq.status(), to, by, clock.instant(), why);
  }

  private Rfq own(Actor buyer, long rfqId) {
    Rfq rfq = rfqs.lockRfq(rfqId);
    if (rfq == null || rfq.buyerId() != buyer.buyerId()) {
      throw new NotAllowedException("Request " + rfqId + " is not one of yours");
    }
    return rfq;
  }

  /** What the buyer decided, as the process reads it. */
  public enum Decision {
    ACCEPT,
    COUNTER,
    REJECT
  }
}
