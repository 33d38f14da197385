package io.mandi.ruleset;

import java.time.Instant;

/**
 * A real request a rule set decided, kept so that a draft can be shadow-run on it.
 *
 * @param request what was asked, in words (e.g. "Order #12")
 * @param facts the facts as JSON, in the shape of the set's scenarios
 */
public record RuleRequest(long id, String request, String facts, Instant decidedAt) {}
