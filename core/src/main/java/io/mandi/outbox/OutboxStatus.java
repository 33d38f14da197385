package io.mandi.outbox;

public enum OutboxStatus {
  PENDING,
  SENT,
  REJECTED
}
