package io.mandi.task;

public enum TaskOutcome {
  ACCEPT(false),
  /** A refusal must say why: the buyer sees the reason. */
  REFUSE(true),
  RESOLVE(true),
  APPROVE(false),
  /** Declining credit must say why: the buyer sees the reason. */
  DECLINE(true);

  private final boolean commentRequired;

  TaskOutcome(boolean commentRequired) {
    this.commentRequired = commentRequired;
  }

  public boolean commentRequired() {
    return commentRequired;
  }
}
