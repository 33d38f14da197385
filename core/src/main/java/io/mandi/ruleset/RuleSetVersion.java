package io.mandi.ruleset;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One version of a rule set.
 *
 * @param drl the rules: DRL text, or the decision table's CSV (see format)
 * @param form the pricing form's settings (JSON) when the text was written by it, else null
 * @param changeSize the largest price change (%) the shadow run found when publication was asked
 */
public record RuleSetVersion(
    long id,
    String ruleSet,
    int version,
    VersionStatus status,
    String drl,
    RuleFormat format,
    String form,
    Integer basedOn,
    String note,
    String createdBy,
    Instant createdAt,
    String publishedBy,
    Instant publishedAt,
    String requestedBy,
    Instant requestedAt,
    BigDecimal changeSize) {

  /** How the engine names the rules that made a result, e.g. "pricing v3". */
  public String label() {
    return ruleSet + " v" + version;
  }
}
