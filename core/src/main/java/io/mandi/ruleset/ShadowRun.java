package io.mandi.ruleset;

import java.math.BigDecimal;
import java.util.List;

/** A draft evaluated on the last real requests beside the published version. */
public record ShadowRun(int evaluated, List<ShadowChange> changes) {

  /** The largest change in percent, in either direction (zero when nothing changes). */
  public BigDecimal largestChangePercent() {
    return changes.stream()
        .map(ShadowChange::changePercent)
        .filter(java.util.Objects::nonNull)
        .map(BigDecimal::abs)
        .max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO);
  }
}
