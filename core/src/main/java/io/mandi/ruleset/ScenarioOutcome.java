package io.mandi.ruleset;

/**
 * What a scenario gave when run against a version's text.
 *
 * @param passed whether that is the expected result (compared as the set's results compare: a price
 *     97 equals 97.00)
 * @param explanation how the rules reached it, in words
 */
public record ScenarioOutcome(
    RuleScenario scenario, String actual, boolean passed, String explanation) {}
