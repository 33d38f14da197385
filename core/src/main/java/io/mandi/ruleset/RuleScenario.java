package io.mandi.ruleset;

import java.time.Instant;

/**
 * A test scenario stored with a rule set: given these facts (JSON, in the set's own shape), the
 * rules must give this result.
 */
public record RuleScenario(
    long id,
    String ruleSet,
    String name,
    String given,
    String expected,
    String createdBy,
    Instant createdAt) {}
