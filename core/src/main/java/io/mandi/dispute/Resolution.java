package io.mandi.dispute;

/** How a dispute settles the escrow. */
public enum Resolution {
  RELEASE,
  REFUND,
  SPLIT
}
