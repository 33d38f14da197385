package io.mandi.vendor.process;

/** Names in vendor-assignment.bpmn that code refers to; the contract test keeps them in sync. */
public final class VendorAssignmentProcess {
  public static final String PROCESS_ID = "vendor-assignment";
  public static final String RESOURCE = "bpmn/vendor-assignment.bpmn";

  public static final String JOB_OFFER_NEXT = "vendor-offer-next";
  public static final String JOB_RECORD_ANSWER = "vendor-record-answer";
  public static final String JOB_ASSIGN_BY_OPS = "vendor-assign-by-ops";

  public static final String USER_TASK_VENDOR_ACCEPTANCE = "UserTask_VendorAcceptance";
  public static final String USER_TASK_PICK_VENDOR = "UserTask_PickVendor";

  /** Variables the process reads or the workers exchange. */
  public static final class Variables {
    /** The round of offers, from 1; each round offers the order to one vendor. */
    public static final String ROUND = "round";

    public static final String MAX_ROUNDS = "maxVendorRounds";

    /** Rounds an earlier assignment of the same order used; this one counts on from there. */
    public static final String ROUNDS_BEFORE = "roundsBefore";

    public static final String VENDOR_FOUND = "vendorFound";
    public static final String VENDOR_ASSIGNED = "vendorAssigned";

    /** ACCEPTED, REFUSED or TIMED_OUT, set by the model on each recording task. */
    public static final String ANSWER = "answer";

    /** ISO-8601 duration operations have to pick a vendor. */
    public static final String ESCALATION_SLA = "vendorEscalationSla";

    /** When this round's vendor was offered the order: its SLA runs from here. */
    public static final String OFFERED_AT = "offeredAt";

    public static final String CHOSEN_SELLER_ID = "chosenSellerId";

    private Variables() {}
  }

  private VendorAssignmentProcess() {}
}
