package io.mandi.rfq.ui;

import io.mandi.rfq.QuoteRevision;
import io.mandi.ui.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A quote's discount on the seller's own catalog prices, in words, for whoever approves it. */
public final class DiscountFacts {
  private DiscountFacts() {}

  public static String of(QuoteRevision quote) {
    String line =
        quote.sellerName()
            + " quotes "
            + Formats.rupees(quote.total())
            + " on request #"
            + quote.rfqId();
    if (quote.listTotal() == null || quote.listTotal().signum() == 0) {
      return line;
    }
    BigDecimal percent =
        BigDecimal.ONE
            .subtract(quote.total().divide(quote.listTotal(), 4, RoundingMode.HALF_EVEN))
            .movePointRight(2)
            .setScale(1, RoundingMode.HALF_EVEN);
    return line
        + ", "
        + percent.toPlainString()
        + " % below its own catalog prices ("
        + Formats.rupees(quote.listTotal())
        + ")";
  }
}
