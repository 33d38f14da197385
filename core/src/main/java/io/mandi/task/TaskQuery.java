package io.mandi.task;

import java.time.Instant;
import java.util.Collection;

/**
 * One page of an inbox, as the mapper reads it.
 *
 * @param groups the candidate groups the person works for; null for operations, who see all
 * @param now what "overdue" and "follow-up due" are measured against
 * @param kind only tasks of this kind, or null for all kinds
 * @param limit at most this many, or null for all
 */
record TaskQuery(
    Collection<String> groups,
    String username,
    TaskView view,
    String kind,
    Instant now,
    TaskSort sort,
    int offset,
    Integer limit) {}
