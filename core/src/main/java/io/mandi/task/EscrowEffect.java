package io.mandi.task;

/** What a task's outcome does with the money held in escrow for the order. */
public enum EscrowEffect {
  /** Moves no money. */
  NONE,
  /** Everything held goes to the seller, less commission. */
  RELEASE_ALL,
  /** Everything held goes back to the buyer. */
  REFUND_ALL,
  /** The amount entered goes back to the buyer, the rest to the seller. */
  REFUND_PART,
  /** The amount entered is offered back to the buyer; nothing moves unless the buyer accepts. */
  OFFER_PART;

  /** Whether the amount comes from a field of the decision. */
  public boolean entered() {
    return this == REFUND_PART || this == OFFER_PART;
  }
}
