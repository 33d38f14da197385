package io.mandi.logistics;

public enum TrackingOutcome {
  RECORDED,
  /** The same event id arrived before; nothing changed. */
  DUPLICATE,
  /** No shipment has this AWB. */
  UNKNOWN_AWB
}
