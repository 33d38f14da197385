package io.mandi.invoice;

import io.mandi.money.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Splits a tax-inclusive line amount into its taxable value and GST: CGST and SGST halves within a
 * state, IGST across states. The parts always add up to the amount, to the paisa.
 */
public final class GstCalculator {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private GstCalculator() {}

  public static InvoiceLine line(
      int lineNo,
      String description,
      String hsnCode,
      int quantity,
      String unit,
      BigDecimal gstRate,
      BigDecimal inclusiveAmount,
      boolean intraState) {
    BigDecimal taxable =
        inclusiveAmount.multiply(HUNDRED).divide(HUNDRED.add(gstRate), 2, RoundingMode.HALF_EVEN);
    BigDecimal tax = Amounts.inr(inclusiveAmount.subtract(taxable));
    BigDecimal cgst = BigDecimal.ZERO.setScale(2);
    BigDecimal sgst = BigDecimal.ZERO.setScale(2);
    BigDecimal igst = BigDecimal.ZERO.setScale(2);
    if (intraState) {
      cgst = tax.divide(BigDecimal.TWO, 2, RoundingMode.HALF_EVEN);
      sgst = tax.subtract(cgst);
    } else {
      igst = tax;
    }
    return new InvoiceLine(
        lineNo, description, hsnCode, quantity, unit, gstRate, taxable, cgst, sgst, igst);
  }
}
