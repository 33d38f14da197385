package io.mandi.recovery;

import java.math.BigDecimal;

/**
 * What the remedy policy decides on: the finding, the order's status, how long it has been in it,
 * its value, the remedies tried on it before, its vendor's score, whether escrow holds its money,
 * and whether its records name a step its process can be re-created at.
 */
public record RemedyFacts(
    RecoveryKind kind,
    String orderStatus,
    long minutesInStatus,
    BigDecimal orderValue,
    int attemptsSoFar,
    BigDecimal vendorScore,
    String escrowStatus,
    boolean canRecreate) {

  /** The facts as operations read them on the order page. */
  public String describe() {
    return String.join(
        ", ",
        "found: " + kind.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
        "status " + orNone(orderStatus),
        minutesInStatus + " min in that status",
        "value ₹" + (orderValue == null ? "0" : orderValue.toPlainString()),
        attemptsSoFar + " remedies tried before",
        "vendor score " + (vendorScore == null ? "none" : vendorScore.toPlainString()),
        "escrow " + (escrowStatus == null || escrowStatus.isEmpty() ? "not funded" : escrowStatus),
        "resumable step: " + (canRecreate ? "yes" : "no"));
  }

  private static String orNone(String value) {
    return value == null || value.isEmpty() ? "none" : value;
  }
}
