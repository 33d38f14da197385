package io.mandi.ruleset.rules;

import io.mandi.ruleset.RuleSetName;

/**
 * Where a policy gets its rules. A policy reads this once per request, so one request is evaluated
 * wholly by one version, however publishing interleaves with it.
 */
public interface RuleBaseSource {

  CompiledRules current(RuleSetName set);
}
