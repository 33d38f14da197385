package io.mandi.live;

/**
 * A task opened, closed or changed hands, so inboxes and their badges are out of date. Published
 * inside the transaction that made the change; listeners act only after it commits.
 *
 * @param orderId the order the task belongs to, null for a task without one
 */
public record TasksChanged(Long orderId) {}
