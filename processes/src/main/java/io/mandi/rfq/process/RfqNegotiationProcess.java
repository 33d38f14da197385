package io.mandi.rfq.process;

/** Names in rfq-negotiation.bpmn that code refers to; the contract test keeps them in sync. */
public final class RfqNegotiationProcess {
  public static final String PROCESS_ID = "rfq-negotiation";
  public static final String RESOURCE = "bpmn/rfq-negotiation.bpmn";

  public static final String MESSAGE_RFQ_CREATED = "rfq-created";
  public static final String MESSAGE_RESPONSE = "rfq-response";
  public static final String MESSAGE_DECIDED = "rfq-buyer-decided";
  public static final String MESSAGE_EXTENDED = "rfq-extended";
  public static final String MESSAGE_CANCELLED = "rfq-cancelled";

  public static final String JOB_SHORTLIST = "rfq-shortlist";
  public static final String JOB_INVITE = "rfq-invite";
  public static final String JOB_REVIEW = "rfq-review";
  public static final String JOB_NO_QUOTES = "rfq-no-quotes";
  public static final String JOB_SCORE = "rfq-score";
  public static final String JOB_EXPIRE = "rfq-expire";
  public static final String JOB_AWARD = "rfq-award";
  public static final String JOB_PLACE_ORDER = "rfq-place-order";
  public static final String JOB_CLOSE = "rfq-close";

  /** The process variables the workers read and write. */
  public static final class Variables {
    public static final String RFQ_ID = "rfqId";
    public static final String INVITATIONS = "invitations";
    public static final String INVITATION_ID = "invitationId";
    public static final String CLOSES_AT = "closesAt";
    public static final String CLOSED = "closed";
    public static final String OPEN_QUOTES = "openQuotes";
    public static final String DECISION_DUE_AT = "decisionDueAt";
    public static final String DECISION = "decision";
    public static final String AWARDED_QUOTES = "awardedQuotes";
    public static final String QUOTE_ID = "quoteId";
    public static final String OUTCOME = "outcome";

    private Variables() {}
  }

  private RfqNegotiationProcess() {}
}
