package io.mandi.dispute;

import java.time.Instant;

/** Port: tells the order's escrow process about its dispute (implemented by workers). */
public interface DisputeEvents {

  /**
   * Must be idempotent per order. The negotiation window runs from {@code openedAt}, as recorded
   * with the dispute, so a process re-created later gives the seller only the time left.
   */
  void disputeOpened(long orderId, Instant openedAt);

  /** The buyer accepted or rejected the seller's offer. Must be idempotent per order. */
  void offerAnswered(long orderId, boolean accepted);
}
