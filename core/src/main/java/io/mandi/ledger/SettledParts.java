package io.mandi.ledger;

import java.math.BigDecimal;

/**
 * Where an order's escrow went when it was settled, from the settlement's postings.
 *
 * @param refunded what went back to the buyer
 * @param commission the platform's commission
 * @param sellerNet what the seller was paid
 */
public record SettledParts(BigDecimal refunded, BigDecimal commission, BigDecimal sellerNet) {
  /** A hold not settled yet: nothing has gone anywhere. */
  public static final SettledParts NONE =
      new SettledParts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
}
