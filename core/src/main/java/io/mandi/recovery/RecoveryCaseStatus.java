package io.mandi.recovery;

public enum RecoveryCaseStatus {
  /** Found; a remedy is due at its next attempt time. */
  OPEN,
  /** Remedied automatically. */
  RECOVERED,
  /** Handed to operations, who have an inbox task for it. */
  ESCALATED,
  /** Closed by operations. */
  RESOLVED
}
