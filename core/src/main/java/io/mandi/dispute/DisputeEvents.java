package io.mandi.dispute;

/** Port: tells the order's escrow process about its dispute (implemented by workers). */
public interface DisputeEvents {

  /** Must be idempotent per order. */
  void disputeOpened(long orderId);

  /** The buyer accepted or rejected the seller's offer. Must be idempotent per order. */
  void offerAnswered(long orderId, boolean accepted);
}
