package io.mandi.payment;

public enum WebhookOutcome {
  PROCESSED,
  /** This provider event id was received before; nothing was done again. */
  DUPLICATE
}
