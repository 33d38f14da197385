package io.mandi.task;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of human work, each with the outcomes a person may choose. */
public enum TaskKind {
  SELLER_ACCEPTANCE("Accept or refuse order", EnumSet.of(TaskOutcome.ACCEPT, TaskOutcome.REFUSE)),
  EXPIRED_ORDER_FOLLOW_UP(
      "Follow up an order the seller did not answer", EnumSet.of(TaskOutcome.RESOLVE)),
  CREDIT_APPROVAL(
      "Approve an order over the buyer's credit limit",
      EnumSet.of(TaskOutcome.APPROVE, TaskOutcome.DECLINE));

  private final String title;
  private final Set<TaskOutcome> outcomes;

  TaskKind(String title, Set<TaskOutcome> outcomes) {
    this.title = title;
    this.outcomes = outcomes;
  }

  public String title() {
    return title;
  }

  public Set<TaskOutcome> outcomes() {
    return outcomes;
  }
}
