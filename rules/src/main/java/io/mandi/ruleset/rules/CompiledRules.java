package io.mandi.ruleset.rules;

import org.kie.api.KieBase;

/** A version of a rule set, compiled: what evaluates a request, and the version's label. */
public record CompiledRules(String label, KieBase base) {}
