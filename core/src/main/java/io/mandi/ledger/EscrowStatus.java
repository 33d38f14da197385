package io.mandi.ledger;

public enum EscrowStatus {
  HELD,
  RELEASED,
  REFUNDED,
  SPLIT,
  REVERSED
}
