package io.mandi.rfq;

/** What a request's process waits for, told through {@link RfqProcessGateway#tell}. */
public enum RfqEvent {
  /** A seller quoted, revised, declined, answered a counter-offer, or a discount was approved. */
  RESPONSE,
  /** The buyer accepted, countered or rejected; variable {@code decision}. */
  DECIDED,
  /** The buyer gave a request that got no quotes more time; variable {@code closesAt}. */
  EXTENDED,
  /** The buyer cancelled the request. */
  CANCELLED
}
