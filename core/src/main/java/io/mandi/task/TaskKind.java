package io.mandi.task;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of human work, each with the outcomes a person may choose. */
public enum TaskKind {
  SELLER_ACCEPTANCE("Accept or refuse order", EnumSet.of(TaskOutcome.ACCEPT, TaskOutcome.REFUSE)),
  /** Kept for tasks recorded before vendor reassignment replaced the expiry follow-up. */
  EXPIRED_ORDER_FOLLOW_UP(
      "Follow up an order the seller did not answer", EnumSet.of(TaskOutcome.RESOLVE)),
  CREDIT_APPROVAL(
      "Approve an order over the buyer's credit limit",
      EnumSet.of(TaskOutcome.APPROVE, TaskOutcome.DECLINE)),
  VENDOR_ESCALATION(
      "Pick a vendor for an order no vendor took",
      EnumSet.of(TaskOutcome.ASSIGN, TaskOutcome.CANCEL)),
  READY_TO_SHIP(
      "Pack and mark ready to ship",
      EnumSet.of(TaskOutcome.READY_TO_SHIP, TaskOutcome.CANNOT_SHIP)),
  DISPUTE_RESPONSE(
      "Answer the buyer's dispute", EnumSet.of(TaskOutcome.OFFER_REFUND, TaskOutcome.CONTEST)),
  DISPUTE_MEDIATION(
      "Mediate a dispute",
      EnumSet.of(TaskOutcome.RELEASE_TO_SELLER, TaskOutcome.REFUND_BUYER, TaskOutcome.SPLIT));

  private final String title;
  private final Set<TaskOutcome> outcomes;

  TaskKind(String title, Set<TaskOutcome> outcomes) {
    this.title = title;
    this.outcomes = outcomes;
  }

  public String title() {
    return title;
  }

  public Set<TaskOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Outcomes that carry details only a domain service can check (a vendor, an amount, a parcel):
   * the inbox refuses them unless that service completes the task.
   */
  public boolean needsDomainCheck(TaskOutcome outcome) {
    return switch (outcome) {
      case ASSIGN, READY_TO_SHIP, OFFER_REFUND, SPLIT -> true;
      default -> false;
    };
  }
}
