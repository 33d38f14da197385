package io.mandi.rfq;

import io.mandi.account.AccountService;
import io.mandi.account.Buyer;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.money.IndianFormat;
import io.mandi.notification.Notice.Audience;
import io.mandi.notification.PartyMessage;
import io.mandi.notification.PartyMessages;
import io.mandi.outbox.Outbox;
import io.mandi.outbox.OutboxHandler;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells buyers and invited sellers what happened on a request, over WhatsApp and in their message
 * list: an invitation, a quote received, a counter-offer, the award (won or lost), no quotes, a
 * quote about to expire. A notice that follows a person's action goes through the outbox (sent
 * after the change commits); the process's steps send theirs directly. Each is sent once per key.
 */
@Component
class RfqNotices implements OutboxHandler {
  static final String KIND = "rfq.notice";
  static final String TEMPLATE = "rfq_update";

  private final RfqMapper rfqs;
  private final PartyMessages messages;
  private final AccountService accounts;
  private final CatalogService catalog;
  private final Outbox outbox;

  RfqNotices(
      RfqMapper rfqs,
      PartyMessages messages,
      AccountService accounts,
      CatalogService catalog,
      Outbox outbox) {
    this.rfqs = rfqs;
    this.messages = messages;
    this.accounts = accounts;
    this.catalog = catalog;
    this.outbox = outbox;
  }

  /** After commit: the buyer has a new quote to compare, or the seller a counter-offer. */
  void quoteChanged(long quoteId) {
    outbox.add(KIND, KIND + "-quote-" + quoteId, Map.of("quoteId", quoteId));
  }

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public void deliver(String kind, Map<String, Object> payload) {
    QuoteRevision quote = rfqs.findQuote(((Number) payload.get("quoteId")).longValue());
    Rfq rfq = rfqs.findRfq(quote.rfqId());
    if (quote.counterOffer()) {
      toSeller(
          "counter-" + quote.id(),
          rfq,
          quote.sellerId(),
          buyer(rfq).name()
              + " counters your quote on request #"
              + rfq.id()
              + " with "
              + IndianFormat.rupees(quote.total())
              + ": accept, quote again or decline by "
              + IndianFormat.time(quote.validUntil())
              + ".");
    } else {
      toBuyer(
          "quote-" + quote.id(),
          rfq,
          quote.sellerName()
              + " quoted "
              + IndianFormat.rupees(quote.total())
              + " on your request #"
              + rfq.id()
              + (quote.revision() > 1 ? " (revision " + quote.revision() + ")" : "")
              + ", valid until "
              + IndianFormat.time(quote.validUntil())
              + ".");
    }
  }

  void invited(Invitation invitation) {
    Rfq rfq = rfqs.findRfq(invitation.rfqId());
    toSeller(
        "invited-" + invitation.id(),
        rfq,
        invitation.sellerId(),
        buyer(rfq).name()
            + " asks you to quote on request #"
            + rfq.id()
            + " \u201c"
            + rfq.title()
            + "\u201d by "
            + IndianFormat.time(invitation.respondBy())
            + ": quote, ask a question or decline.");
  }

  void noQuotes(Rfq rfq) {
    toBuyer(
        "no-quotes-" + rfq.id() + "-" + rfq.closesAt().toEpochMilli(),
        rfq,
        "No quotes came in for your request #" + rfq.id() + ": give it more time or cancel it.");
  }

  void expiresSoon(Rfq rfq, QuoteRevision quote) {
    toBuyer(
        "expiry-" + quote.id(),
        rfq,
        quote.sellerName()
            + "'s quote on request #"
            + rfq.id()
            + " expires "
            + IndianFormat.time(quote.validUntil())
            + ": accept it before then or ask the seller to re-open it.");
  }

  /** Winners are told their order follows; every other invited seller that quoted, why not. */
  void outcome(Rfq rfq, Set<Long> winners, List<Invitation> quoted) {
    for (Invitation invitation : quoted) {
      boolean won = winners.contains(invitation.sellerId());
      toSeller(
          (won ? "won-" : "lost-") + invitation.id(),
          rfq,
          invitation.sellerId(),
          won
              ? "You won request #" + rfq.id() + ": the order at the agreed prices follows."
              : switch (rfq.status()) {
                case AWARDED -> "Request #" + rfq.id() + " went to another seller. Thank you.";
                case CANCELLED -> "Request #" + rfq.id() + " was cancelled by the buyer.";
                default -> "Request #" + rfq.id() + " closed without an award.";
              });
    }
  }

  private Buyer buyer(Rfq rfq) {
    return accounts.buyer(rfq.buyerId());
  }

  private void toBuyer(String key, Rfq rfq, String summary) {
    Buyer buyer = buyer(rfq);
    send(key, rfq, Audience.BUYER, buyer.id(), buyer.phone(), buyer.name(), summary);
  }

  private void toSeller(String key, Rfq rfq, long sellerId, String summary) {
    Seller seller = catalog.seller(sellerId);
    send(key, rfq, Audience.SELLER, seller.id(), seller.phone(), seller.name(), summary);
  }

  private void send(
      String key,
      Rfq rfq,
      Audience audience,
      long partyId,
      String phone,
      String name,
      String summary) {
    messages.send(
        new PartyMessage(
            "rfq:" + key,
            rfq.id(),
            audience,
            partyId,
            phone,
            TEMPLATE,
            List.of(name, String.valueOf(rfq.id()), summary),
            summary));
  }

  static boolean expiresWithinADay(QuoteRevision quote, Instant now) {
    return quote.validUntil().isBefore(now.plus(java.time.Duration.ofDays(1)));
  }
}
