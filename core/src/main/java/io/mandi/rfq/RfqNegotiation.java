package io.mandi.rfq;

import io.mandi.money.Amounts;
import io.mandi.order.AgreedOrder;
import io.mandi.order.OrderPlacementService;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
import io.mandi.settings.MandiSettings;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps rfq-negotiation's workers run: shortlist and invite sellers, and decide when a request
 * closes. Each step is idempotent on the request: a repeated job finds its work done.
 */
@Service
public class RfqNegotiation {
  /** How long a question may keep a request open past its deadline before the seller lapses. */
  static final Duration LONGEST_PAUSE = Duration.ofDays(7);

  static final String RULES = "rules";

  private final RfqMapper rfqs;
  private final RfqShortlistPolicy shortlist;
  private final QuoteScoringPolicy scoring;
  private final OrderPlacementService placement;
  private final RfqNotices notices;
  private final RfqEvents events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MandiSettings.Rfq settings;
  private final RuleRequests requests;

  RfqNegotiation(
      RfqMapper rfqs,
      RfqShortlistPolicy shortlist,
      QuoteScoringPolicy scoring,
      OrderPlacementService placement,
      RfqNotices notices,
      RfqEvents events,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings,
      RuleRequests requests) {
    this.requests = requests;
    this.rfqs = rfqs;
    this.shortlist = shortlist;
    this.scoring = scoring;
    this.placement = placement;
    this.notices = notices;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings.rfq();
  }

  /**
   * Invites the sellers the rules shortlist, beside those the buyer named, and never those the
   * buyer excluded. Returns the ids of every live invitation, for the broadcast.
   */
  public List<Long> shortlist(long rfqId) {
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          if (rfq == null) {
            throw new IllegalArgumentException("No request " + rfqId);
          }
          List<Invitation> before = rfqs.findInvitations(rfqId);
          Set<Long> named = before.stream().map(Invitation::sellerId).collect(Collectors.toSet());
          List<RfqCandidate> candidates =
              rfqs.findCandidates(rfqId).stream()
                  .map(c -> named.contains(c.sellerId()) ? marked(c, before) : c)
                  .toList();
          int room =
              Math.max(
                  0,
                  settings.maxInvited()
                      - (int) before.stream().filter(i -> i.status().pending()).count());
          List<ShortlistEntry> entries = shortlist.shortlist(candidates, room);
          // kept in the shape the shortlist's scenarios take
          requests.record(
              RuleSetName.RFQ_SHORTLIST,
              "Request #" + rfqId,
              Map.of("maxInvited", room, "candidates", candidates));
          for (ShortlistEntry entry : entries) {
            if (entry.invited() && !named.contains(entry.sellerId())) {
              rfqs.insertInvitation(rfqId, entry.sellerId(), RULES, entry.why(), rfq.closesAt());
            }
          }
          return rfqs.findInvitations(rfqId).stream()
              .filter(i -> i.status().pending())
              .map(Invitation::id)
              .toList();
        });
  }

  /** Tells one invited seller about the request; a repeat sends nothing new. */
  public void invite(long invitationId) {
    Invitation invitation = rfqs.findInvitationById(invitationId);
    if (invitation == null) {
      throw new IllegalArgumentException("No invitation " + invitationId);
    }
    if (invitation.status().pending()) {
      notices.invited(invitation);
    }
  }

  /** Tells the buyer no quote came in (or none is left), to extend or cancel the request. */
  public void noQuotes(long rfqId) {
    notices.noQuotes(rfqs.findRfq(rfqId));
  }

  private static RfqCandidate marked(RfqCandidate c, List<Invitation> named) {
    Invitation invitation =
        named.stream().filter(i -> i.sellerId() == c.sellerId()).findFirst().orElseThrow();
    return c.namedByBuyer(invitation.status() == InvitationStatus.DECLINED);
  }

  /**
   * Closes the request when its rule is met: enough sellers answered, every seller answered, or the
   * deadline passed for every seller (a seller whose question waits for the buyer keeps it open, at
   * most {@link #LONGEST_PAUSE} past the deadline). Sellers that did not answer lapse.
   */
  public ReviewResult review(long rfqId) {
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          Instant now = clock.instant();
          List<Invitation> invitations = rfqs.findInvitations(rfqId);
          if (rfq.status() != RfqStatus.OPEN) {
            return new ReviewResult(true, rfq.closesAt(), openQuotes(rfqId));
          }
          long answered =
              invitations.stream()
                  .filter(
                      i ->
                          i.status() == InvitationStatus.QUOTED
                              || (i.status() == InvitationStatus.DECLINED && !i.excluded()))
                  .count();
          List<Invitation> pending =
              invitations.stream().filter(i -> i.status().pending()).toList();
          Instant lastChance = rfq.closesAt().plus(LONGEST_PAUSE);
          Instant nextLook =
              pending.stream()
                  .map(i -> i.pausedSince() != null ? lastChance : i.respondBy())
                  .map(at -> at.isAfter(lastChance) ? lastChance : at)
                  .max(Comparator.naturalOrder())
                  .orElse(now);
          boolean enough =
              rfq.closeAfterResponses() != null && answered >= rfq.closeAfterResponses();
          boolean closed = enough || pending.isEmpty() || !nextLook.isAfter(now);
          if (!closed) {
            return new ReviewResult(false, nextLook, 0);
          }
          for (Invitation lapsed : pending) {
            rfqs.updateInvitation(
                lapsed.id(), InvitationStatus.NO_ANSWER, null, lapsed.respondBy(), null);
          }
          int quotes = openQuotes(rfqId);
          events.changed(rfqId);
          RfqStatus next = quotes > 0 ? RfqStatus.COMPARING : RfqStatus.NO_RESPONSES;
          rfqs.updateStatus(rfqId, RfqStatus.OPEN, next);
          rfqs.insertStatusChange(
              rfqId,
              RfqStatus.OPEN,
              next,
              RULES,
              now,
              enough
                  ? answered + " sellers answered"
                  : pending.isEmpty() ? "every invited seller answered" : "the deadline passed");
          return new ReviewResult(true, rfq.closesAt(), quotes);
        });
  }

  private static boolean excluded(Invitation invitation) {
    return invitation.excluded();
  }

  /**
   * Scores the open quotes against each other with the scoring rules and stores each score with its
   * reasons. Returns when the process should look again: the earliest time an open quote or
   * counter-offer runs out.
   */
  public Instant score(long rfqId) {
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          List<RfqLine> lines = rfqs.findLines(rfqId);
          List<QuoteRevision> all = rfqs.findQuotes(rfqId);
          List<QuoteRevision> open =
              all.stream()
                  .filter(q -> !q.counterOffer() && q.status() == QuoteStatus.OPEN)
                  .toList();
          if (!open.isEmpty()) {
            Map<Long, SellerRecord> records =
                rfqs.findSellerRecords(rfqId).stream()
                    .collect(Collectors.toMap(SellerRecord::sellerId, Function.identity()));
            BigDecimal lowest =
                open.stream()
                    .map(QuoteRevision::total)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            int fastest = open.stream().mapToInt(QuoteRevision::leadTimeDays).min().orElseThrow();
            BigDecimal target = targetTotal(lines);
            LocalDate today = clock.instant().atZone(RfqService.INDIA).toLocalDate();
            List<QuoteFacts> facts =
                open.stream()
                    .map(
                        q -> {
                          SellerRecord seller = records.get(q.sellerId());
                          LocalDate arrives = today.plusDays(q.leadTimeDays());
                          int late =
                              (int) Math.max(0, ChronoUnit.DAYS.between(rfq.deliverBy(), arrives));
                          return new QuoteFacts(
                              q.id(),
                              q.sellerId(),
                              q.sellerName(),
                              seller.kind(),
                              seller.local(),
                              q.total(),
                              lowest,
                              target,
                              q.leadTimeDays(),
                              fastest,
                              late,
                              seller.acceptanceRate(),
                              seller.onTimeRate());
                        })
                    .toList();
            List<QuoteScore> scores = scoring.score(facts);
            requests.record(RuleSetName.QUOTE_SCORING, "Request #" + rfqId, facts);
            for (QuoteScore score : scores) {
              rfqs.updateQuoteScore(
                  score.quoteId(),
                  score.score(),
                  String.join("; ", score.reasons()),
                  score.rules());
            }
          }
          Instant now = clock.instant();
          events.changed(rfqId);
          return all.stream()
              .filter(q -> q.status() == QuoteStatus.OPEN)
              .map(q -> nextLookAt(q, now))
              .min(Comparator.naturalOrder())
              .orElse(now.plus(LONGEST_PAUSE));
        });
  }

  /** A day before an open quote runs out (to warn the buyer), then when it runs out. */
  private static Instant nextLookAt(QuoteRevision quote, Instant now) {
    Instant warnAt = quote.validUntil().minus(Duration.ofDays(1));
    return warnAt.isAfter(now) ? warnAt : quote.validUntil();
  }

  /** The buyer's target prices times the quantities; null if an item has no target. */
  private static BigDecimal targetTotal(List<RfqLine> lines) {
    BigDecimal total = BigDecimal.ZERO;
    for (RfqLine line : lines) {
      if (line.targetUnitPrice() == null) {
        return null;
      }
      total = total.add(Amounts.times(line.targetUnitPrice(), line.quantity()));
    }
    return total;
  }

  /**
   * Expires quotes past their valid-until and counter-offers past their answer-by time (the quote a
   * lapsed counter answered is open again). Without any open quote left the request goes back to
   * the buyer as without quotes, to extend or cancel. The buyer is warned of a quote that runs out
   * within a day. Returns the quotes still open.
   */
  public int expire(long rfqId) {
    int open = expireLapsed(rfqId);
    // after commit: the buyer is warned of what is still open, as committed
    Rfq rfq = rfqs.findRfq(rfqId);
    Instant now = clock.instant();
    for (QuoteRevision quote : rfqs.findQuotes(rfqId)) {
      if (quote.status() == QuoteStatus.OPEN
          && !quote.counterOffer()
          && RfqNotices.expiresWithinADay(quote, now)) {
        notices.expiresSoon(rfq, quote);
      }
    }
    return open;
  }

  private int expireLapsed(long rfqId) {
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          Instant now = clock.instant();
          List<QuoteRevision> quotes = rfqs.findQuotes(rfqId);
          for (QuoteRevision quote : quotes) {
            if (quote.status() == QuoteStatus.OPEN && !quote.validUntil().isAfter(now)) {
              rfqs.updateQuoteStatus(quote.id(), QuoteStatus.OPEN, QuoteStatus.EXPIRED);
              if (quote.counterOffer()) {
                reopenCountered(quotes, quote, now);
              }
            }
          }
          int open = openQuotes(rfqId);
          events.changed(rfqId);
          if (open == 0 && rfq.status() == RfqStatus.COMPARING) {
            rfqs.updateStatus(rfqId, RfqStatus.COMPARING, RfqStatus.NO_RESPONSES);
            rfqs.insertStatusChange(
                rfqId,
                RfqStatus.COMPARING,
                RfqStatus.NO_RESPONSES,
                RULES,
                now,
                "every quote expired");
          }
          return open;
        });
  }

  private void reopenCountered(List<QuoteRevision> quotes, QuoteRevision counter, Instant now) {
    QuoteRevision.counteredBy(quotes, counter)
        .ifPresent(
            q ->
                rfqs.updateQuoteStatus(
                    q.id(),
                    QuoteStatus.COUNTERED,
                    q.validUntil().isAfter(now) ? QuoteStatus.OPEN : QuoteStatus.EXPIRED));
  }

  /**
   * Settles who won: invitations of the accepted quotes' sellers win, the others lose, and every
   * quote still open loses. Returns the accepted quotes, each to become one order.
   */
  public List<Long> award(long rfqId) {
    List<Long> awarded = settleAward(rfqId);
    tellOutcome(rfqId); // after commit: nobody is told of an award that did not commit
    return awarded;
  }

  private List<Long> settleAward(long rfqId) {
    return transaction.execute(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          if (rfq.status() != RfqStatus.AWARDED) {
            throw new IllegalStateException("Request " + rfqId + " is not awarded");
          }
          List<RfqAward> awards = rfqs.findAwards(rfqId);
          Set<Long> winners = awards.stream().map(RfqAward::sellerId).collect(Collectors.toSet());
          for (Invitation invitation : rfqs.findInvitations(rfqId)) {
            if (invitation.status() == InvitationStatus.QUOTED) {
              rfqs.updateInvitation(
                  invitation.id(),
                  winners.contains(invitation.sellerId())
                      ? InvitationStatus.WON
                      : InvitationStatus.LOST,
                  null,
                  invitation.respondBy(),
                  null);
            }
          }
          for (QuoteRevision quote : rfqs.findQuotes(rfqId)) {
            if (quote.status() == QuoteStatus.OPEN || quote.status() == QuoteStatus.COUNTERED) {
              rfqs.updateQuoteStatus(quote.id(), quote.status(), QuoteStatus.LOST);
            }
          }
          events.changed(rfqId);
          return awards.stream().map(RfqAward::quoteId).distinct().toList();
        });
  }

  /** Tells the sellers that quoted whether they won, from what was committed. */
  private void tellOutcome(long rfqId) {
    Set<Long> winners =
        rfqs.findAwards(rfqId).stream().map(RfqAward::sellerId).collect(Collectors.toSet());
    notices.outcome(rfqs.findRfq(rfqId), winners, quotedBy(rfqId));
  }

  /** Sellers that quoted, for the outcome notices. */
  private List<Invitation> quotedBy(long rfqId) {
    Set<Long> quoted =
        rfqs.findQuotes(rfqId).stream()
            .filter(q -> !q.counterOffer())
            .map(QuoteRevision::invitationId)
            .collect(Collectors.toSet());
    return rfqs.findInvitations(rfqId).stream().filter(i -> quoted.contains(i.id())).toList();
  }

  /**
   * Ends a request without an award: rejected or cancelled by the buyer (already recorded), or
   * lapsed because the buyer neither extended nor cancelled it after no quotes came in. The sellers
   * that quoted are told.
   */
  public void close(long rfqId, RfqStatus outcome) {
    transaction.executeWithoutResult(
        status -> {
          Rfq rfq = rfqs.lockRfq(rfqId);
          if (outcome == RfqStatus.CANCELLED && rfq.status() == RfqStatus.NO_RESPONSES) {
            rfqs.updateStatus(rfqId, RfqStatus.NO_RESPONSES, RfqStatus.CANCELLED);
            rfqs.insertStatusChange(
                rfqId,
                RfqStatus.NO_RESPONSES,
                RfqStatus.CANCELLED,
                RULES,
                clock.instant(),
                "neither extended nor cancelled in time");
          }
          Rfq closed = rfqs.findRfq(rfqId);
          if (!closed.status().finished() || closed.status() == RfqStatus.AWARDED) {
            throw new IllegalStateException("Request " + rfqId + " is " + closed.status());
          }
        });
    tellOutcome(rfqId);
  }

  /**
   * Places the order for one accepted quote at its prices, exactly once however often it is asked
   * (the order's request id is derived from the request and the quote).
   */
  public long placeOrder(long rfqId, long quoteId) {
    Rfq rfq = rfqs.findRfq(rfqId);
    QuoteRevision quote = rfqs.findQuote(quoteId);
    List<RfqAward> awarded =
        rfqs.findAwards(rfqId).stream().filter(a -> a.quoteId() == quoteId).toList();
    if (quote == null || awarded.isEmpty()) {
      throw new IllegalArgumentException("Quote " + quoteId + " is not awarded on " + rfqId);
    }
    Map<Integer, RfqLine> lines =
        rfqs.findLines(rfqId).stream()
            .collect(Collectors.toMap(RfqLine::lineNo, Function.identity()));
    Map<Integer, QuoteLine> prices =
        rfqs.findQuoteLines(quoteId).stream()
            .collect(Collectors.toMap(QuoteLine::lineNo, Function.identity()));
    List<AgreedOrder.Line> orderLines = new ArrayList<>();
    for (RfqAward award : awarded) {
      QuoteLine price = prices.get(award.lineNo());
      long productId =
          lines.get(award.lineNo()).productId() != null
              ? lines.get(award.lineNo()).productId()
              : rfqs.findOfferProduct(price.offerId());
      orderLines.add(
          new AgreedOrder.Line(
              price.offerId(),
              productId,
              lines.get(award.lineNo()).quantity(),
              price.unitPrice(),
              price.listPrice()));
    }
    UUID requestId =
        UUID.nameUUIDFromBytes(
            ("rfq-" + rfqId + "-quote-" + quoteId).getBytes(StandardCharsets.UTF_8));
    long orderId =
        placement
            .placeAgreed(
                new AgreedOrder(
                    requestId,
                    rfq.buyerId(),
                    rfq.createdBy(),
                    quote.sellerId(),
                    "RFQ #"
                        + rfqId
                        + ", "
                        + (quote.counterOffer() ? "counter-offer" : "quote")
                        + " revision "
                        + quote.revision(),
                    orderLines))
            .id();
    rfqs.setAwardOrder(rfqId, quoteId, orderId);
    events.changed(rfqId);
    return orderId;
  }

  private int openQuotes(long rfqId) {
    return (int)
        rfqs.findQuotes(rfqId).stream().filter(q -> q.status() == QuoteStatus.OPEN).count();
  }
}
