package io.mandi.order;

import java.math.BigDecimal;
import java.util.List;

/**
 * A cart priced for its buyer, with everything that would stop it being ordered.
 *
 * @param lines each orderable line at the buyer's price
 * @param problems what must change before ordering; empty when the cart can be ordered as it is
 */
public record Quote(List<Line> lines, List<Violation> problems) {

  public Quote {
    lines = List.copyOf(lines);
    problems = List.copyOf(problems);
  }

  /**
   * @param lineNo the cart line, from 1
   * @param listPrice the offer's price for this quantity (its price break)
   * @param rules the pricing rules that took the list price to the buyer's price, e.g. "Distributor
   *     price: 3% off"; empty when the buyer pays the list price
   */
  public record Line(
      int lineNo,
      long offerId,
      BigDecimal unitPrice,
      BigDecimal listPrice,
      BigDecimal amount,
      List<String> rules) {}

  public BigDecimal total() {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean orderable() {
    return problems.isEmpty() && !lines.isEmpty();
  }
}
