package io.mandi.payment;

public enum EscrowTransferStatus {
  /** The key is stored; the gateway may not have the transfer yet. */
  REQUESTED,
  ON_HOLD,
  RELEASED,
  REVERSED
}
