package io.mandi.task;

import java.time.Instant;

/**
 * One change to a task, kept for audit: who claimed, assigned, delegated, re-prioritised, re-dated
 * or escalated it, and when.
 *
 * @param detail what changed, in words (e.g. "to ops2", "priority high")
 */
public record TaskEvent(long taskId, Instant at, String actor, TaskAction action, String detail) {}
