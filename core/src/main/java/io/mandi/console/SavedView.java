package io.mandi.console;

import java.time.Instant;

/**
 * A named order list: the query part of its address (e.g. "status=CONFIRMED&min=5000"), so opening
 * it gives everyone the same list.
 */
public record SavedView(long id, String name, String query, String createdBy, Instant createdAt) {}
