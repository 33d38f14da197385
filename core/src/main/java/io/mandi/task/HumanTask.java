package io.mandi.task;

import java.time.Instant;

/**
 * A person's piece of work in a process, as the inbox keeps it.
 *
 * @param candidateGroup who may take it: "ops", or "seller-" and the seller's id
 * @param assignee who works on it now, null while nobody has claimed it
 * @param priority 1 high, 2 normal, 3 low
 * @param followUpAt when the assignee wants to look at it again
 * @param owner who delegated it to the assignee, and gets it back when it is handed back
 * @param escalatedAt when it passed its due date open and went to the supervisors
 * @param escalatedTo the group it was escalated to
 * @param rfqId the request for quotation a task is about, when it is about one
 * @param quoteId the quote a task is about, when it is about one
 * @param priceChangeId the seller's price change a task is about, when it is about one
 * @param ruleSet with ruleVersion: the rule set version a task is about, when it is about one
 */
public record HumanTask(
    long id,
    long elementInstanceKey,
    long jobKey,
    long processInstanceKey,
    String bpmnProcessId,
    String kind,
    String candidateGroup,
    String assignee,
    Instant dueAt,
    Long orderId,
    TaskStatus status,
    Instant createdAt,
    Instant closedAt,
    String closedBy,
    String outcome,
    String comment,
    int priority,
    Instant followUpAt,
    String owner,
    Instant escalatedAt,
    String escalatedTo,
    Long rfqId,
    Long quoteId,
    Long priceChangeId,
    String ruleSet,
    Integer ruleVersion) {

  public boolean isOverdue(Instant now) {
    return status == TaskStatus.OPEN && dueAt != null && dueAt.isBefore(now);
  }
}
