package io.mandi.rfq;

import java.util.Map;

/**
 * Port: tells a request's negotiation process what happened (implemented by the workers module).
 * Called only after the change commits, through the outbox; each call is idempotent on its key.
 */
public interface RfqProcessGateway {

  /** Starts the request's process, once per request. */
  void rfqCreated(long rfqId);

  /** Puts a quote's deep discount before operations, once per quote. */
  void discountApprovalNeeded(long rfqId, long quoteId);

  /**
   * Something the process waits for happened: a seller answered, the buyer decided, extended or
   * cancelled.
   *
   * @param eventKey unique per event, so a repeated delivery is the same message
   */
  void tell(long rfqId, RfqEvent event, String eventKey, Map<String, Object> variables);
}
