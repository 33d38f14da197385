package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.settings.MandiSettings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An invited seller's side of a request: quote (each new quote is a new revision, the earlier one
 * is kept), decline with a reason, or ask the buyer a question, which pauses the seller's time to
 * answer until the buyer replies.
 */
@Service
public class SellerQuotes {
  static final int MAX_LEAD_TIME_DAYS = 365;

  private final RfqMapper rfqs;
  private final CatalogService catalog;
  private final RfqEvents events;
  private final RfqDecisions decisions;
  private final RfqNotices notices;
  private final DiscountApprovals approvals;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MandiSettings.Rfq settings;

  SellerQuotes(
      RfqMapper rfqs,
      CatalogService catalog,
      RfqEvents events,
      RfqDecisions decisions,
      RfqNotices notices,
      DiscountApprovals approvals,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings) {
    this.rfqs = rfqs;
    this.catalog = catalog;
    this.events = events;
    this.decisions = decisions;
    this.notices = notices;
    this.approvals = approvals;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings.rfq();
  }

  /**
   * Quotes the request, or revises the seller's quote while it is open. A discount beyond the set
   * share of the seller's own catalog prices waits for operations' approval before the buyer sees
   * it.
   */
  public QuoteRevision quote(Actor seller, long rfqId, QuoteDraft draft) {
    seller.require(Role.SELLER);
    Instant now = clock.instant();
    String notes = RfqTexts.checked("Notes", draft.notes(), 1000, false);
    if (draft.leadTimeDays() < 0 || draft.leadTimeDays() > MAX_LEAD_TIME_DAYS) {
      throw new RfqRefusedException("A lead time of 0 to " + MAX_LEAD_TIME_DAYS + " days");
    }
    if (draft.validUntil() == null || !draft.validUntil().isAfter(now)) {
      throw new RfqRefusedException("The quote must be valid until a time in the future");
    }
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          Invitation invitation = invitationOf(seller, rfq);
          List<QuoteRevision> mine = ownRevisions(rfq, invitation);
          QuoteRevision latest = mine.isEmpty() ? null : mine.getLast();
          checkMayQuote(rfq, invitation, latest);
          List<RfqLine> asked = rfqs.findLines(rfqId);
          List<QuoteLine> lines = priced(seller, asked, draft);
          BigDecimal total = total(asked, lines, QuoteLine::unitPrice);
          BigDecimal listTotal = total(asked, lines, QuoteLine::listPrice);
          QuoteStatus initial =
              needsApproval(total, listTotal) ? QuoteStatus.AWAITING_APPROVAL : QuoteStatus.OPEN;
          int round = latest == null ? 0 : latest.round();
          long quoteId =
              rfqs.insertQuote(
                  invitation.id(),
                  latest == null ? 1 : latest.revision() + 1,
                  round,
                  Role.SELLER,
                  initial,
                  draft.leadTimeDays(),
                  draft.validUntil(),
                  notes,
                  total,
                  listTotal,
                  seller.username(),
                  now);
          lines.forEach(
              line ->
                  rfqs.insertQuoteLine(
                      new QuoteLine(
                          quoteId,
                          line.lineNo(),
                          line.unitPrice(),
                          line.offerId(),
                          line.listPrice())));
          if (latest != null && replaceable(latest.status())) {
            rfqs.updateQuoteStatus(latest.id(), latest.status(), QuoteStatus.SUPERSEDED);
            if (latest.status() == QuoteStatus.AWAITING_APPROVAL) {
              approvals.withdraw(latest.id(), "The seller replaced this quote");
            }
            if (latest.counterOffer()) { // a new quote answers the counter-offer
              QuoteRevision.counteredBy(mine, latest)
                  .ifPresent(
                      q ->
                          rfqs.updateQuoteStatus(
                              q.id(), QuoteStatus.COUNTERED, QuoteStatus.SUPERSEDED));
            }
          }
          if (invitation.status().pending()) {
            rfqs.updateInvitation(
                invitation.id(), InvitationStatus.QUOTED, null, invitation.respondBy(), null);
          }
          if (initial == QuoteStatus.OPEN) {
            events.tell(rfqId, RfqEvent.RESPONSE, "quote-" + quoteId, Map.of());
            notices.quoteChanged(quoteId);
          } else {
            events.approvalNeeded(rfqId, quoteId);
          }
          return rfqs.findQuote(quoteId);
        });
  }

  /** Declines the request with a reason the buyer reads. */
  public void decline(Actor seller, long rfqId, String reason) {
    seller.require(Role.SELLER);
    String why = RfqTexts.checked("A reason", reason, 500, true);
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          Invitation invitation = invitationOf(seller, rfq);
          if (rfq.status() != RfqStatus.OPEN || !invitation.status().pending()) {
            throw new RfqRefusedException("This request no longer waits for your answer");
          }
          rfqs.updateInvitation(
              invitation.id(), InvitationStatus.DECLINED, why, invitation.respondBy(), null);
          events.tell(rfqId, RfqEvent.RESPONSE, "decline-" + invitation.id(), Map.of());
        });
  }

  /**
   * Asks the buyer a question in the seller's thread. While the request is open and the seller has
   * not quoted, its time to answer stands still until the buyer replies.
   */
  public void ask(Actor seller, long rfqId, String question) {
    seller.require(Role.SELLER);
    String body = RfqTexts.checked("The question", question, 2000, true);
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          Invitation invitation = invitationOf(seller, rfq);
          if (rfq.status().finished()) {
            throw new RfqRefusedException("This request is closed");
          }
          Instant now = clock.instant();
          rfqs.insertMessage(invitation.id(), "QUESTION", "SELLER", seller.username(), body, now);
          events.changed(rfqId);
          if (rfq.status() == RfqStatus.OPEN && invitation.status() == InvitationStatus.INVITED) {
            rfqs.updateInvitation(
                invitation.id(),
                InvitationStatus.WAITING_FOR_ANSWER,
                null,
                invitation.respondBy(),
                now);
          }
        });
  }

  /**
   * Answers the buyer's counter-offer: accepting it awards the whole request to the seller at the
   * buyer's prices; declining it leaves the seller's own quote open for the buyer. To quote other
   * prices, the seller quotes again instead.
   */
  public void answerCounter(Actor seller, long counterId, boolean accept) {
    seller.require(Role.SELLER);
    transaction.executeWithoutResult(
        status -> {
          QuoteRevision counter = rfqs.findQuote(counterId);
          if (counter == null || !counter.counterOffer()) {
            throw new RfqRefusedException("No counter-offer " + counterId);
          }
          Rfq rfq = rfqs.lockRfq(counter.rfqId());
          Invitation invitation = invitationOf(seller, rfq);
          if (counter.invitationId() != invitation.id()) {
            throw new NotAllowedException("This counter-offer was made to another seller");
          }
          if (counter.status() == (accept ? QuoteStatus.ACCEPTED : QuoteStatus.DECLINED)) {
            return; // the same answer clicked twice
          }
          if (counter.status() != QuoteStatus.OPEN
              || rfq.status() != RfqStatus.COMPARING
              || !counter.validUntil().isAfter(clock.instant())) {
            throw new RfqRefusedException("This counter-offer no longer waits for your answer");
          }
          if (accept) {
            java.util.Map<Integer, Long> all = new java.util.TreeMap<>();
            rfqs.findLines(rfq.id()).forEach(line -> all.put(line.lineNo(), counterId));
            decisions.award(rfq, all, seller.username(), "the seller accepted the counter-offer");
            return;
          }
          rfqs.updateQuoteStatus(counterId, QuoteStatus.OPEN, QuoteStatus.DECLINED);
          QuoteRevision.counteredBy(ownRevisions(rfq, invitation), counter)
              .ifPresent(
                  q -> rfqs.updateQuoteStatus(q.id(), QuoteStatus.COUNTERED, QuoteStatus.OPEN));
          events.tell(rfq.id(), RfqEvent.RESPONSE, "counter-declined-" + counterId, Map.of());
        });
  }

  private Invitation invitationOf(Actor seller, Rfq rfq) {
    Invitation invitation = rfq == null ? null : rfqs.findInvitation(rfq.id(), seller.sellerId());
    if (invitation == null || invitation.excluded()) {
      throw new NotAllowedException("You are not invited to this request");
    }
    return invitation;
  }

  private List<QuoteRevision> ownRevisions(Rfq rfq, Invitation invitation) {
    return rfqs.findQuotes(rfq.id()).stream()
        .filter(q -> q.invitationId() == invitation.id())
        .toList();
  }

  /**
   * While the request is open: a first quote, or a revision. Once the buyer compares: a new
   * revision of an expired quote (re-opening it), or of one the buyer countered (re-quoting).
   */
  private static void checkMayQuote(Rfq rfq, Invitation invitation, QuoteRevision latest) {
    if (invitation.status() == InvitationStatus.DECLINED
        || invitation.status() == InvitationStatus.NO_ANSWER) {
      throw new RfqRefusedException("You can no longer quote on this request");
    }
    if (rfq.status() == RfqStatus.OPEN) {
      return;
    }
    boolean reopening = latest != null && latest.status() == QuoteStatus.EXPIRED;
    boolean requoting =
        latest != null && latest.counterOffer() && latest.status() == QuoteStatus.OPEN;
    if (rfq.status() != RfqStatus.COMPARING || !(reopening || requoting)) {
      throw new RfqRefusedException(
          "The request is closed for quotes: you may re-open an expired quote or answer a"
              + " counter-offer");
    }
  }

  private static boolean replaceable(QuoteStatus status) {
    return status == QuoteStatus.OPEN
        || status == QuoteStatus.AWAITING_APPROVAL
        || status == QuoteStatus.EXPIRED;
  }

  /** Each line priced, with the seller's own offer that fulfils it and that offer's list price. */
  private List<QuoteLine> priced(Actor seller, List<RfqLine> asked, QuoteDraft draft) {
    if (draft.lines() == null || draft.lines().size() != asked.size()) {
      throw new RfqRefusedException("Give a price for each of the " + asked.size() + " items");
    }
    List<QuoteLine> lines = new ArrayList<>();
    for (RfqLine line : asked) {
      QuoteDraft.Line given = draft.lines().get(line.lineNo() - 1);
      String item = "Item " + line.lineNo();
      if (given.unitPrice() == null || given.unitPrice().signum() <= 0) {
        throw new RfqRefusedException(item + ": a price above zero");
      }
      BigDecimal unitPrice = Amounts.inr(given.unitPrice());
      OfferListing offer = offerFor(seller, line, given.offerId(), item);
      if (offer.floorPrice() != null
          && unitPrice.compareTo(offer.floorPrice()) < 0
          && !draft.belowFloorConfirmed()) {
        throw new RfqRefusedException(
            item
                + ": "
                + unitPrice.toPlainString()
                + " is below your floor price of "
                + offer.floorPrice().toPlainString()
                + "; confirm to quote it anyway");
      }
      lines.add(
          new QuoteLine(
              0, line.lineNo(), unitPrice, offer.offerId(), offer.unitPriceFor(line.quantity())));
    }
    return lines;
  }

  /** A catalog product's line is the seller's offer of it; a line in words, the offer it chose. */
  private OfferListing offerFor(Actor seller, RfqLine line, Long chosenOfferId, String item) {
    if (line.productId() != null) {
      return catalog
          .activeOffer(seller.sellerId(), line.productId())
          .orElseThrow(
              () -> new RfqRefusedException(item + ": list the product in your catalog first"));
    }
    if (chosenOfferId == null) {
      throw new RfqRefusedException(item + ": choose which of your products you offer");
    }
    OfferListing chosen = catalog.offersById(List.of(chosenOfferId)).get(chosenOfferId);
    if (chosen == null || chosen.sellerId() != seller.sellerId() || !chosen.active()) {
      throw new RfqRefusedException(item + ": choose one of your own active products");
    }
    return chosen;
  }

  /** The line prices times the quantities asked; null if a line has no such price. */
  private static BigDecimal total(
      List<RfqLine> asked,
      List<QuoteLine> lines,
      java.util.function.Function<QuoteLine, BigDecimal> price) {
    BigDecimal total = BigDecimal.ZERO;
    for (QuoteLine line : lines) {
      if (price.apply(line) == null) {
        return null;
      }
      total = total.add(Amounts.times(price.apply(line), asked.get(line.lineNo() - 1).quantity()));
    }
    return total;
  }

  /** More than the set share below the seller's own catalog prices for the same quantities. */
  boolean needsApproval(BigDecimal total, BigDecimal listTotal) {
    if (listTotal == null || listTotal.signum() == 0) {
      return false;
    }
    BigDecimal discount =
        BigDecimal.ONE.subtract(total.divide(listTotal, 6, RoundingMode.HALF_EVEN));
    return discount.compareTo(settings.discountApprovalAbove()) > 0;
  }
}
