package io.mandi.recovery.rules;

import io.mandi.recovery.RecoveryKind;
import io.mandi.recovery.RemedyFacts;
import java.math.BigDecimal;

/** A case's facts as the rules see them (Drools reads facts through getters). */
public final class RemedyFact {
  private final RemedyFacts facts;

  RemedyFact(RemedyFacts facts) {
    this.facts = facts;
  }

  public RecoveryKind getKind() {
    return facts.kind();
  }

  /** The order's status name, or "" for a case with no order. */
  public String getOrderStatus() {
    return facts.orderStatus() == null ? "" : facts.orderStatus();
  }

  public long getMinutesInStatus() {
    return facts.minutesInStatus();
  }

  public BigDecimal getOrderValue() {
    return facts.orderValue() == null ? BigDecimal.ZERO : facts.orderValue();
  }

  public int getAttemptsSoFar() {
    return facts.attemptsSoFar();
  }

  /** The vendor's acceptance rate in percent; 0 for a vendor never offered an order. */
  public BigDecimal getVendorScore() {
    return facts.vendorScore() == null ? BigDecimal.ZERO : facts.vendorScore();
  }

  /** "HELD", "RELEASED", ... or "" when escrow holds nothing for the order. */
  public String getEscrowStatus() {
    return facts.escrowStatus() == null ? "" : facts.escrowStatus();
  }

  public boolean isCanRecreate() {
    return facts.canRecreate();
  }
}
