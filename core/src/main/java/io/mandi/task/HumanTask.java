package io.mandi.task;

import java.time.Instant;

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
    String comment) {}
