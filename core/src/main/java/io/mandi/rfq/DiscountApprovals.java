package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operations approve or refuse a quote whose discount on the seller's own catalog prices is beyond
 * the set share. Approved, it reaches the buyer; refused, the seller is told why and may quote
 * again.
 */
@Service
public class DiscountApprovals {
  private final RfqMapper rfqs;
  private final RfqEvents events;
  private final RfqNotices notices;
  private final TransactionTemplate transaction;
  private final java.time.Clock clock;

  DiscountApprovals(
      RfqMapper rfqs,
      RfqEvents events,
      RfqNotices notices,
      TransactionTemplate transaction,
      java.time.Clock clock) {
    this.rfqs = rfqs;
    this.events = events;
    this.notices = notices;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Quotes waiting for a decision, oldest first. */
  public List<QuoteRevision> waiting(Actor ops) {
    ops.require(Role.OPS);
    return rfqs.findQuotesAwaitingApproval();
  }

  public void approve(Actor ops, long quoteId, String note) {
    decide(ops, quoteId, true, RfqTexts.checked("A note", note, 500, false));
  }

  public void refuse(Actor ops, long quoteId, String reason) {
    decide(ops, quoteId, false, RfqTexts.checked("A reason", reason, 500, true));
  }

  private void decide(Actor ops, long quoteId, boolean approve, String note) {
    ops.require(Role.OPS);
    transaction.executeWithoutResult(
        status -> {
          QuoteRevision quote = rfqs.findQuote(quoteId);
          if (quote == null) {
            throw new RfqRefusedException("No quote " + quoteId);
          }
          rfqs.lockRfq(quote.rfqId());
          QuoteStatus to = approve ? QuoteStatus.OPEN : QuoteStatus.REFUSED;
          if (rfqs.updateQuoteStatus(quoteId, QuoteStatus.AWAITING_APPROVAL, to) == 0) {
            throw new RfqRefusedException("This quote no longer waits for approval");
          }
          String said =
              (approve ? "Discount approved" : "Discount refused")
                  + (note == null ? "" : ": " + note);
          rfqs.insertMessage(
              quote.invitationId(), "NOTE", "OPS", ops.username(), said, clock.instant());
          if (approve) {
            events.tell(quote.rfqId(), RfqEvent.RESPONSE, "approved-" + quoteId, Map.of());
            notices.quoteChanged(quoteId);
          }
        });
  }
}
