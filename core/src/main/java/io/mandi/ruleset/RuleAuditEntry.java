package io.mandi.ruleset;

import java.time.Instant;

/** Something an admin (or Mandi itself) did to a rule set. */
public record RuleAuditEntry(
    long id,
    String ruleSet,
    Integer version,
    String action,
    String actor,
    Instant at,
    String detail) {}
