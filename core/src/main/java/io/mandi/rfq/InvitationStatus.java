package io.mandi.rfq;

/** Where one invited seller stands on a request. */
public enum InvitationStatus {
  INVITED,
  /** The seller asked the buyer a question; its time to answer is paused until the answer. */
  WAITING_FOR_ANSWER,
  QUOTED,
  DECLINED,
  /** The request closed before the seller answered. */
  NO_ANSWER,
  WON,
  LOST;

  /** Still expected to quote, decline or ask. */
  public boolean pending() {
    return this == INVITED || this == WAITING_FOR_ANSWER;
  }
}
