package io.mandi.order;

import java.math.BigDecimal;

public record OrderLine(
    long orderId,
    int lineNo,
    long offerId,
    long productId,
    String productName,
    String unit,
    int quantity,
    BigDecimal unitPrice,
    BigDecimal lineAmount,
    BigDecimal listPrice,
    String priceRuleVersion,
    String priceRules) {

  /** The price rule version of a line whose price was agreed in a negotiation, not ruled. */
  public static final String AGREED = "agreed";

  public boolean agreed() {
    return AGREED.equals(priceRuleVersion);
  }
}
