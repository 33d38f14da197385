package io.mandi.credit;

/** Approved outright, or sent to operations, with the rule that decided and why. */
public record CreditDecision(boolean approved, String rule, String reason) {}
