package io.mandi.invoice;

import java.math.BigDecimal;

public record InvoiceLine(
    int lineNo,
    String description,
    String hsnCode,
    int quantity,
    String unit,
    BigDecimal gstRate,
    BigDecimal taxableValue,
    BigDecimal cgst,
    BigDecimal sgst,
    BigDecimal igst) {

  public BigDecimal total() {
    return taxableValue.add(cgst).add(sgst).add(igst);
  }
}
