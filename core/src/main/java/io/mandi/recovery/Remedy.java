package io.mandi.recovery;

/** What recovery can do about a case; the policy picks one. */
public enum Remedy {
  RETRY("Retry the failed step"),
  REASSIGN_VENDOR("Reassign to another vendor"),
  EXTEND_DEADLINE("Extend the deadline"),
  CANCEL_AND_REFUND("Cancel and refund"),
  RECREATE_INSTANCE("Restart the workflow at its step"),
  ESCALATE("Ask operations");

  private final String label;

  Remedy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
