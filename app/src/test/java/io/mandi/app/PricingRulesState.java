package io.mandi.app;

import io.mandi.account.Actor;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSets;
import io.mandi.ruleset.VersionStatus;
import java.util.List;

/**
 * The pricing rule set as a test found it (published version 1 and its scenarios), put back after
 * the test however it ended, so tests that share the application never see each other's changes.
 */
final class PricingRulesState {
  private final RuleSets ruleSets;
  private final List<RuleScenario> scenarios;

  PricingRulesState(RuleSets ruleSets) {
    this.ruleSets = ruleSets;
    this.scenarios = ruleSets.scenarios(RuleSetName.PRICING);
  }

  void restore(Actor admin, Actor secondAdmin) {
    ruleSets.versions(RuleSetName.PRICING).stream()
        .filter(v -> v.status() == VersionStatus.AWAITING_APPROVAL)
        .forEach(v -> ruleSets.reject(secondAdmin, RuleSetName.PRICING, v.version(), "test over"));
    if (ruleSets.published(RuleSetName.PRICING).map(v -> v.version()).orElse(1) != 1) {
      ruleSets.rollback(admin, RuleSetName.PRICING, 1);
    }
    List<String> kept = scenarios.stream().map(RuleScenario::name).toList();
    ruleSets.scenarios(RuleSetName.PRICING).stream()
        .filter(s -> !kept.contains(s.name()))
        .forEach(s -> ruleSets.deleteScenario(admin, RuleSetName.PRICING, s.name()));
    scenarios.forEach(
        s -> ruleSets.saveScenario(admin, RuleSetName.PRICING, s.name(), s.given(), s.expected()));
  }
}
