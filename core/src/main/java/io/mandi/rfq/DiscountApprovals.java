package io.mandi.rfq;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operations approve or refuse, in their task inbox, a quote whose discount on the seller's own
 * catalog prices is beyond the set share. Approved, it reaches the buyer; refused, the seller is
 * told why and may quote again.
 */
@Service
public class DiscountApprovals {
  private static final Actor SYSTEM_OPS = new Actor(TaskInboxService.SYSTEM, Role.OPS, null, null);

  private final RfqMapper rfqs;
  private final RfqEvents events;
  private final RfqNotices notices;
  private final TaskInboxService inbox;
  private final TransactionTemplate transaction;
  private final java.time.Clock clock;

  DiscountApprovals(
      RfqMapper rfqs,
      RfqEvents events,
      RfqNotices notices,
      TaskInboxService inbox,
      TransactionTemplate transaction,
      java.time.Clock clock) {
    this.rfqs = rfqs;
    this.events = events;
    this.notices = notices;
    this.inbox = inbox;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Closes the approval task of a quote that no longer waits for approval (replaced by a new
   * revision, or its request closed), so nobody is asked to decide it.
   */
  void withdraw(long quoteId, String why) {
    inbox
        .openTaskOfQuote(SYSTEM_OPS, quoteId)
        .ifPresent(task -> inbox.completeAsSystem(task, DiscountApprovalTask.WITHDRAWN, why));
  }

  /** Whether the quote of a task still waits for approval. */
  boolean waiting(long quoteId) {
    QuoteRevision quote = rfqs.findQuote(quoteId);
    return quote != null && quote.status() == QuoteStatus.AWAITING_APPROVAL;
  }

  /**
   * Decides a discount task: the quote opens to the buyer, or is refused with the reason told to
   * the seller; the task completes in the same transaction.
   */
  void decide(Actor ops, HumanTask task, boolean approve, String note) {
    ops.require(Role.OPS);
    String said =
        approve
            ? RfqTexts.checked("A note", note, 500, false)
            : RfqTexts.checked("A reason", note, 500, true);
    transaction.executeWithoutResult(
        status -> {
          QuoteRevision quote = task.quoteId() == null ? null : rfqs.findQuote(task.quoteId());
          if (quote == null) {
            throw new RfqRefusedException("This task names no quote");
          }
          rfqs.lockRfq(quote.rfqId());
          QuoteStatus to = approve ? QuoteStatus.OPEN : QuoteStatus.REFUSED;
          if (rfqs.updateQuoteStatus(quote.id(), QuoteStatus.AWAITING_APPROVAL, to) == 0) {
            throw new RfqRefusedException("This quote no longer waits for approval");
          }
          rfqs.insertMessage(
              quote.invitationId(),
              "NOTE",
              "OPS",
              ops.username(),
              (approve ? "Discount approved" : "Discount refused")
                  + (said == null ? "" : ": " + said),
              clock.instant());
          if (approve) {
            events.tell(quote.rfqId(), RfqEvent.RESPONSE, "approved-" + quote.id(), Map.of());
            notices.quoteChanged(quote.id());
          }
          inbox.completeChecked(
              ops,
              task,
              new TaskDecision(
                  approve ? DiscountApprovalTask.APPROVE : DiscountApprovalTask.REFUSE, said));
        });
  }
}
