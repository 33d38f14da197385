package io.mandi.dispute;

public enum DisputeStatus {
  /** The seller has been asked to answer. */
  OPEN,
  /** The seller offered a partial refund; the buyer decides. */
  OFFERED,
  /** Operations decide. */
  IN_MEDIATION,
  /** Decided (by agreement or by operations); escrow is being settled. */
  DECIDED,
  RESOLVED
}
