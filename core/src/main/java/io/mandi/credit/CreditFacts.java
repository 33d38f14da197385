package io.mandi.credit;

import io.mandi.account.BuyerKind;
import java.math.BigDecimal;

/** What the credit rules decide on. */
public record CreditFacts(
    BuyerKind buyerKind, BigDecimal creditLimit, BigDecimal openExposure, BigDecimal orderAmount) {

  public BigDecimal exposureWithOrder() {
    return openExposure.add(orderAmount);
  }
}
