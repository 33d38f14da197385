package io.mandi.order;

import java.math.BigDecimal;

/**
 * A line of an order as priced: the list price, the rules version, the steps that changed the price
 * (one per line of text) and the facts it was priced on (JSON), or {@link #AGREED} for a price
 * agreed in a negotiation.
 */
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
    String priceRules,
    String priceInputs) {

  /** The price rule version of a line whose price was agreed in a negotiation, not ruled. */
  public static final String AGREED = "agreed";

  public boolean agreed() {
    return AGREED.equals(priceRuleVersion);
  }

  /** The steps that changed the list price, in the order they were applied. */
  public java.util.List<String> priceSteps() {
    if (priceRules == null || priceRules.isBlank() || agreed()) {
      return java.util.List.of();
    }
    // lines priced before versioned rule sets ("pricing@<digest>") kept only rule names, by commas
    boolean namesOnly = priceRuleVersion != null && priceRuleVersion.startsWith("pricing@");
    return java.util.List.of(priceRules.split(namesOnly ? ", " : "\n"));
  }
}
