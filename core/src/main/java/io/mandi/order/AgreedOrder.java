package io.mandi.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * An order whose prices were agreed outside the catalog (an accepted quote): placed at those
 * prices, not re-priced by the pricing rules.
 *
 * @param requestId the same id places the same order: an award placed twice is one order
 * @param agreedIn where the prices were agreed, e.g. "RFQ #12, quote revision 3"; kept on each line
 */
public record AgreedOrder(
    UUID requestId,
    long buyerId,
    String placedBy,
    long sellerId,
    String agreedIn,
    List<Line> lines) {

  public record Line(
      long offerId, long productId, int quantity, BigDecimal unitPrice, BigDecimal listPrice) {}
}
