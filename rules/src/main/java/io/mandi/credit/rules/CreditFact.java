package io.mandi.credit.rules;

import io.mandi.account.BuyerKind;
import io.mandi.credit.CreditFacts;
import java.math.BigDecimal;

/** The credit facts as the rules see them (Drools reads facts through getters). */
public final class CreditFact {
  private final CreditFacts facts;

  CreditFact(CreditFacts facts) {
    this.facts = facts;
  }

  public BuyerKind getBuyerKind() {
    return facts.buyerKind();
  }

  public BigDecimal getCreditLimit() {
    return facts.creditLimit();
  }

  public BigDecimal getOpenExposure() {
    return facts.openExposure();
  }

  public BigDecimal getOrderAmount() {
    return facts.orderAmount();
  }

  /** Open orders plus this one stay within the limit (what the decision table asks). */
  public boolean isWithinLimit() {
    return getExposureWithOrder().compareTo(getCreditLimit()) <= 0;
  }

  public BigDecimal getExposureWithOrder() {
    return facts.exposureWithOrder();
  }
}
