package io.mandi.rfq;

import io.mandi.settings.MandiSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
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
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MandiSettings.Rfq settings;

  RfqNegotiation(
      RfqMapper rfqs,
      RfqShortlistPolicy shortlist,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings) {
    this.rfqs = rfqs;
    this.shortlist = shortlist;
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
          for (ShortlistEntry entry : shortlist.shortlist(candidates, room)) {
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

  private static RfqCandidate marked(RfqCandidate c, List<Invitation> named) {
    Invitation invitation =
        named.stream().filter(i -> i.sellerId() == c.sellerId()).findFirst().orElseThrow();
    boolean excluded = invitation.status() == InvitationStatus.DECLINED;
    return new RfqCandidate(
        c.sellerId(),
        c.sellerName(),
        c.kind(),
        c.lineCount(),
        c.productLines(),
        c.offeredLines(),
        c.stockedLines(),
        c.categoryLines(),
        c.local(),
        c.openOrders(),
        c.capacity(),
        c.acceptanceRate(),
        c.onTimeRate(),
        !excluded,
        excluded);
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

  private int openQuotes(long rfqId) {
    return (int)
        rfqs.findQuotes(rfqId).stream().filter(q -> q.status() == QuoteStatus.OPEN).count();
  }
}
