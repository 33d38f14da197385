package io.mandi.ledger;

public enum TransactionKind {
  /** Buyer's payment captured by the gateway and held in the order's escrow account. */
  HOLD,
  /** Escrow paid out to the seller, less the platform commission. */
  RELEASE,
  /** Escrow returned to the buyer in full. */
  REFUND,
  /** After a dispute: part refunded to the buyer, the rest released to the seller. */
  SPLIT,
  /** The gateway undid the payment before the hold was resolved. */
  REVERSAL,
  /** A payment captured for an order already cancelled or paid, returned to the buyer at once. */
  LATE_CAPTURE_REFUND
}
