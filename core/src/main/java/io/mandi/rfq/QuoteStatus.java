package io.mandi.rfq;

/** One revision of a seller's quote, or one counter-offer of the buyer. */
public enum QuoteStatus {
  /** Its discount needs operations' approval before the buyer sees it. */
  AWAITING_APPROVAL,
  /** The buyer may accept or counter it. */
  OPEN,
  /** A later revision replaced it. */
  SUPERSEDED,
  /** The buyer answered it with a counter-offer. */
  COUNTERED,
  /** Operations refused its discount; the seller may quote again. */
  REFUSED,
  /** The seller declined the buyer's counter-offer. */
  DECLINED,
  /** Past its valid-until (a quote) or its answer-by time (a counter-offer). */
  EXPIRED,
  ACCEPTED,
  /** Closed without an award to it. */
  LOST
}
