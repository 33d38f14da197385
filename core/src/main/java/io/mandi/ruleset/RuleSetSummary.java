package io.mandi.ruleset;

/** A rule set with its published version and how many versions wait for work. */
public record RuleSetSummary(
    String name,
    String title,
    String description,
    Integer publishedVersion,
    int drafts,
    int awaitingApproval) {}
