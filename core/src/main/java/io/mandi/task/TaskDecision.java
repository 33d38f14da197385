package io.mandi.task;

/** What a person decided on a task. */
public record TaskDecision(TaskOutcome outcome, String comment) {}
