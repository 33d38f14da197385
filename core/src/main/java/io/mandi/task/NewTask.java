package io.mandi.task;

import java.time.Instant;

/** A task the engine has just asked for, as the user-task worker saw it. */
public record NewTask(
    EngineRun engineRun,
    long elementInstanceKey,
    long jobKey,
    long processInstanceKey,
    String bpmnProcessId,
    String kind,
    String candidateGroup,
    String assignee,
    Instant dueAt,
    Long orderId,
    Instant createdAt,
    Long rfqId,
    Long quoteId,
    Long priceChangeId,
    String ruleSet,
    Integer ruleVersion) {

  /** A task about a request for quotation and one of its quotes. */
  public NewTask(
      EngineRun engineRun,
      long elementInstanceKey,
      long jobKey,
      long processInstanceKey,
      String bpmnProcessId,
      String kind,
      String candidateGroup,
      String assignee,
      Instant dueAt,
      Long orderId,
      Instant createdAt,
      Long rfqId,
      Long quoteId) {
    this(
        engineRun,
        elementInstanceKey,
        jobKey,
        processInstanceKey,
        bpmnProcessId,
        kind,
        candidateGroup,
        assignee,
        dueAt,
        orderId,
        createdAt,
        rfqId,
        quoteId,
        null,
        null,
        null);
  }

  /** A task about an order (or about nothing in particular). */
  public NewTask(
      EngineRun engineRun,
      long elementInstanceKey,
      long jobKey,
      long processInstanceKey,
      String bpmnProcessId,
      String kind,
      String candidateGroup,
      String assignee,
      Instant dueAt,
      Long orderId,
      Instant createdAt) {
    this(
        engineRun,
        elementInstanceKey,
        jobKey,
        processInstanceKey,
        bpmnProcessId,
        kind,
        candidateGroup,
        assignee,
        dueAt,
        orderId,
        createdAt,
        null,
        null,
        null,
        null,
        null);
  }
}
