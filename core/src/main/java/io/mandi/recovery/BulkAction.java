package io.mandi.recovery;

/** What operations can do to many orders at once. */
public enum BulkAction {
  RETRY("Retry failed steps"),
  REASSIGN_VENDOR("Reassign to another vendor"),
  EXTEND_DEADLINE("Extend the deadline"),
  CANCEL("Cancel and refund");

  private final String label;

  BulkAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
