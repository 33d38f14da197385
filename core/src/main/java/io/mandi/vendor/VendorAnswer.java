package io.mandi.vendor;

public enum VendorAnswer {
  ACCEPTED,
  REFUSED,
  /** The vendor did not answer within its SLA. */
  TIMED_OUT,
  /** The offer closed without an answer, e.g. because the order was cancelled. */
  WITHDRAWN,
  /** The vendor accepted but then could not ship; the order went to another vendor. */
  DROPPED
}
