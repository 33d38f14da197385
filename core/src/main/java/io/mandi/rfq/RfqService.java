package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Product;
import io.mandi.money.Amounts;
import io.mandi.settings.MandiSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The buyer's side of a request for quotation: create it, answer sellers' questions, counter,
 * accept (whole or per line), reject, extend or cancel; and what each person may read of it. Every
 * change commits with the message that tells the process.
 */
@Service
public class RfqService {
  static final int MAX_LINES = 50;
  static final int MAX_QUANTITY = 1_000_000;
  static final Duration SHORTEST_WINDOW = Duration.ofHours(1);
  static final Duration LONGEST_WINDOW = Duration.ofDays(60);
  public static final int MAX_PAGE = 200;
  static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final RfqMapper rfqs;
  private final CatalogService catalog;
  private final RfqEvents events;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final MandiSettings.Rfq settings;

  RfqService(
      RfqMapper rfqs,
      CatalogService catalog,
      RfqEvents events,
      TransactionTemplate transaction,
      Clock clock,
      MandiSettings settings) {
    this.rfqs = rfqs;
    this.catalog = catalog;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
    this.settings = settings.rfq();
  }

  /** Creates the request and starts its process; the same request id gives the same request. */
  public Rfq create(Actor buyer, NewRfq asked) {
    buyer.require(Role.BUYER);
    Objects.requireNonNull(asked.requestId(), "requestId");
    Long existing = rfqs.findRfqByRequest(asked.requestId().toString());
    if (existing != null) {
      return rfqs.findRfq(existing);
    }
    Instant now = clock.instant();
    String title = RfqTexts.checked("A title", asked.title(), 200, true);
    String region = RfqTexts.checked("The delivery region", asked.deliveryRegion(), 40, true);
    checkWindow(asked.closesAt(), now);
    if (asked.deliverBy() == null
        || asked.deliverBy().isBefore(asked.closesAt().atZone(INDIA).toLocalDate())) {
      throw new RfqRefusedException("The delivery date must be on or after the closing time");
    }
    if (asked.closeAfterResponses() != null
        && (asked.closeAfterResponses() < 1 || asked.closeAfterResponses() > 20)) {
      throw new RfqRefusedException("Close after 1 to 20 answers, or only at the deadline");
    }
    if (asked.maxCounterRounds() < 0 || asked.maxCounterRounds() > settings.maxCounterRounds()) {
      throw new RfqRefusedException(
          "Allow 0 to " + settings.maxCounterRounds() + " counter-offer rounds");
    }
    List<RfqLine> lines = checkedLines(asked.lines());
    try {
      return transaction.execute(
          status -> {
            long id =
                rfqs.insertRfq(
                    asked.requestId().toString(),
                    buyer.buyerId(),
                    title,
                    region,
                    asked.deliverBy(),
                    asked.closesAt(),
                    asked.closeAfterResponses(),
                    asked.maxCounterRounds(),
                    RfqStatus.OPEN,
                    buyer.username(),
                    now);
            lines.forEach(line -> rfqs.insertLine(withRfq(line, id)));
            rfqs.insertStatusChange(id, null, RfqStatus.OPEN, buyer.username(), now, "Created");
            storeChoices(id, buyer, asked);
            events.created(id);
            return rfqs.findRfq(id);
          });
    } catch (DuplicateKeyException resubmitted) {
      return rfqs.findRfq(rfqs.findRfqByRequest(asked.requestId().toString()));
    }
  }

  /**
   * The buyer's own picks are invitations made at once; exclusions are remembered as declined
   * invitations the shortlist cannot override.
   */
  private void storeChoices(long rfqId, Actor buyer, NewRfq asked) {
    Set<Long> excluded = new HashSet<>(asked.exclude() == null ? List.of() : asked.exclude());
    for (Long sellerId : new LinkedHashSet<>(asked.invite() == null ? List.of() : asked.invite())) {
      if (!excluded.contains(sellerId)) {
        catalog.seller(sellerId); // refuses an unknown seller
        rfqs.insertInvitation(
            rfqId, sellerId, buyer.username(), "the buyer asked for this seller", asked.closesAt());
      }
    }
    for (Long sellerId : excluded) {
      catalog.seller(sellerId);
      rfqs.insertInvitation(
          rfqId,
          sellerId,
          buyer.username(),
          "the buyer does not want this seller",
          asked.closesAt());
      Invitation excludedOne = rfqs.findInvitation(rfqId, sellerId);
      rfqs.updateInvitation(
          excludedOne.id(),
          InvitationStatus.DECLINED,
          Invitation.EXCLUDED_BY_BUYER,
          asked.closesAt(),
          null);
    }
  }

  private void checkWindow(Instant closesAt, Instant now) {
    if (closesAt == null || closesAt.isBefore(now.plus(SHORTEST_WINDOW))) {
      throw new RfqRefusedException("Give sellers at least an hour to answer");
    }
    if (closesAt.isAfter(now.plus(LONGEST_WINDOW))) {
      throw new RfqRefusedException("Close the request within 60 days");
    }
  }

  private List<RfqLine> checkedLines(List<NewRfq.Line> asked) {
    if (asked == null || asked.isEmpty()) {
      throw new RfqRefusedException("Ask for at least one item");
    }
    if (asked.size() > MAX_LINES) {
      throw new RfqRefusedException("Ask for at most " + MAX_LINES + " items in one request");
    }
    List<RfqLine> lines = new ArrayList<>();
    for (NewRfq.Line line : asked) {
      int lineNo = lines.size() + 1;
      String description;
      String unit;
      if (line.productId() != null) {
        Product product =
            catalog
                .product(line.productId())
                .orElseThrow(() -> new RfqRefusedException("Item " + lineNo + ": unknown product"));
        description =
            line.description() == null || line.description().isBlank()
                ? product.name()
                : RfqTexts.checked(
                    "Item " + lineNo + "'s description", line.description(), 300, true);
        unit = product.unit();
      } else {
        description =
            RfqTexts.checked("Item " + lineNo + "'s description", line.description(), 300, true);
        unit = RfqTexts.checked("Item " + lineNo + "'s unit", line.unit(), 20, true);
      }
      if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
        throw new RfqRefusedException("Item " + lineNo + ": a quantity from 1 to " + MAX_QUANTITY);
      }
      BigDecimal target = line.targetUnitPrice();
      if (target != null && target.signum() <= 0) {
        throw new RfqRefusedException("Item " + lineNo + ": a target price above zero, or none");
      }
      lines.add(
          new RfqLine(
              0,
              lineNo,
              line.productId(),
              description,
              line.quantity(),
              unit,
              target == null ? null : Amounts.inr(target)));
    }
    return lines;
  }

  private static RfqLine withRfq(RfqLine line, long rfqId) {
    return new RfqLine(
        rfqId,
        line.lineNo(),
        line.productId(),
        line.description(),
        line.quantity(),
        line.unit(),
        line.targetUnitPrice());
  }

  /** The buyer answers a seller's question; the seller's time to answer runs again. */
  public void answer(Actor buyer, long invitationId, String text) {
    buyer.require(Role.BUYER);
    String body = RfqTexts.checked("The answer", text, 2000, true);
    transaction.executeWithoutResult(
        status -> {
          Invitation invitation = rfqs.findInvitationById(invitationId);
          if (invitation == null) {
            throw new NotAllowedException("No such invitation");
          }
          Rfq rfq = ownRfq(buyer, rfqs.lockRfq(invitation.rfqId()));
          Instant now = clock.instant();
          rfqs.insertMessage(invitationId, "ANSWER", "BUYER", buyer.username(), body, now);
          events.changed(rfq.id());
          if (invitation.status() == InvitationStatus.WAITING_FOR_ANSWER) {
            Duration paused = Duration.between(invitation.pausedSince(), now);
            rfqs.updateInvitation(
                invitationId,
                InvitationStatus.INVITED,
                null,
                invitation.respondBy().plus(paused),
                null);
            events.tell(
                rfq.id(), RfqEvent.RESPONSE, "answer-" + invitationId + "-" + now, Map.of());
          }
        });
  }

  private Rfq ownRfq(Actor buyer, Rfq rfq) {
    if (rfq == null || rfq.buyerId() != buyer.buyerId()) {
      throw new NotAllowedException("Not your request");
    }
    return rfq;
  }

  /** When the request closes for quotes, for the process's timer. */
  public Instant closingTime(long rfqId) {
    return rfqs.findRfq(rfqId).closesAt();
  }

  /** The request as the actor may see it: its buyer, an invited seller, or operations. */
  public Rfq rfq(Actor actor, long rfqId) {
    Rfq rfq = rfqs.findRfq(rfqId);
    if (rfq == null || !maySee(actor, rfq)) {
      throw new NotAllowedException("Request " + rfqId + " is not one of yours");
    }
    return rfq;
  }

  private boolean maySee(Actor actor, Rfq rfq) {
    return switch (actor.role()) {
      case OPS -> true;
      case BUYER -> rfq.buyerId() == actor.buyerId();
      case SELLER -> {
        Invitation invitation = rfqs.findInvitation(rfq.id(), actor.sellerId());
        yield invitation != null && !invitation.excluded();
      }
      case ADMIN -> false;
    };
  }

  public List<RfqLine> lines(Actor actor, long rfqId) {
    return rfqs.findLines(rfq(actor, rfqId).id());
  }

  /** The invitations the actor may see: all for the buyer and operations, its own for a seller. */
  public List<Invitation> invitations(Actor actor, long rfqId) {
    rfq(actor, rfqId);
    return rfqs.findInvitations(rfqId).stream()
        .filter(i -> actor.role() != Role.SELLER || i.sellerId() == actor.sellerId())
        .toList();
  }

  /**
   * Every revision and counter-offer the actor may see, oldest first: a seller only its own; the
   * buyer none that waits for operations' approval or was refused by them.
   */
  public List<QuoteRevision> quotes(Actor actor, long rfqId) {
    rfq(actor, rfqId);
    return rfqs.findQuotes(rfqId).stream()
        .filter(q -> actor.role() != Role.SELLER || q.sellerId() == actor.sellerId())
        .filter(
            q ->
                actor.role() != Role.BUYER
                    || (q.status() != QuoteStatus.AWAITING_APPROVAL
                        && q.status() != QuoteStatus.REFUSED))
        .toList();
  }

  public List<QuoteLine> quoteLines(Actor actor, long quoteId) {
    QuoteRevision quote = rfqs.findQuote(quoteId);
    if (quote == null || quotes(actor, quote.rfqId()).stream().noneMatch(q -> q.id() == quoteId)) {
      throw new NotAllowedException("Quote " + quoteId + " is not one you may see");
    }
    return rfqs.findQuoteLines(quoteId);
  }

  /** The thread between the buyer and one invited seller. */
  public List<RfqMessage> thread(Actor actor, long invitationId) {
    Invitation invitation = rfqs.findInvitationById(invitationId);
    if (invitation == null
        || invitations(actor, invitation.rfqId()).stream().noneMatch(i -> i.id() == invitationId)) {
      throw new NotAllowedException("Not a thread of yours");
    }
    return rfqs.findMessages(invitationId);
  }

  public List<RfqAward> awards(Actor actor, long rfqId) {
    rfq(actor, rfqId);
    return rfqs.findAwards(rfqId).stream()
        .filter(a -> actor.role() != Role.SELLER || a.sellerId() == actor.sellerId())
        .toList();
  }

  /**
   * A page of the actor's requests, newest first: a buyer's own, a seller's invitations, all for
   * operations; by status and by words in the title, the request's number, a seller's or the
   * buyer's name.
   */
  public List<Rfq> list(Actor actor, RfqStatus status, String text, int offset, int limit) {
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " requests");
    }
    return rfqs.searchRfqs(
        buyerScope(actor), sellerScope(actor), status, searched(text), offset, limit);
  }

  public long count(Actor actor, RfqStatus status, String text) {
    return rfqs.countRfqs(buyerScope(actor), sellerScope(actor), status, searched(text));
  }

  /** Refuses a search that could not be run (control characters, too long), without a query. */
  public static void checkSearch(String text) {
    searched(text);
  }

  /** The words searched as typed (% and _ are not wildcards); null for no search. */
  private static String searched(String text) {
    String words = RfqTexts.checked("The search", text, 100, false);
    return words == null
        ? null
        : words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static Long buyerScope(Actor actor) {
    if (actor.role() == Role.ADMIN) {
      throw new NotAllowedException(
          "Requests for quotation are for buyers, sellers and operations");
    }
    return actor.role() == Role.BUYER ? actor.buyerId() : null;
  }

  private static Long sellerScope(Actor actor) {
    return actor.role() == Role.SELLER ? actor.sellerId() : null;
  }
}
