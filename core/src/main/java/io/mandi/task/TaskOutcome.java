package io.mandi.task;

public enum TaskOutcome {
  ACCEPT(false),
  /** A refusal must say why: the buyer sees the reason. */
  REFUSE(true),
  RESOLVE(true),
  APPROVE(false),
  /** Declining credit must say why: the buyer sees the reason. */
  DECLINE(true),
  /** Operations assign a vendor they picked. */
  ASSIGN(false),
  /** Operations give up on finding a vendor; the buyer sees why. */
  CANCEL(true),
  /** The seller packed the goods and gave weight and packages. */
  READY_TO_SHIP(false),
  /** The seller cannot ship after all and says why; the order goes to another vendor. */
  CANNOT_SHIP(true),
  /** The seller offers part of the money back to settle a dispute. */
  OFFER_REFUND(false),
  /** The seller rejects the buyer's dispute and says why; operations decide. */
  CONTEST(true),
  /** Operations decide a dispute: everything to the seller, everything back, or a split. */
  RELEASE_TO_SELLER(true),
  REFUND_BUYER(true),
  SPLIT(true);

  private final boolean commentRequired;

  TaskOutcome(boolean commentRequired) {
    this.commentRequired = commentRequired;
  }

  public boolean commentRequired() {
    return commentRequired;
  }
}
