package io.mandi.rfq.rules;

import io.mandi.catalog.SellerKind;
import io.mandi.rfq.RfqCandidate;
import io.mandi.rfq.ShortlistEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A seller the shortlist rules weigh for a request. Rates without history count as good (0.8), so a
 * new seller is not shut out. Rules skip the seller or add points, each with a reason.
 */
public final class ShortlistFact {
  static final double NEW_SELLER_RATE = 0.8;

  private final RfqCandidate candidate;
  private double score;
  private final List<String> reasons = new ArrayList<>();
  private final List<String> skips = new ArrayList<>();

  ShortlistFact(RfqCandidate candidate) {
    this.candidate = candidate;
  }

  public boolean isBuyerChoice() {
    return candidate.buyerChoice();
  }

  public boolean isBuyerExcluded() {
    return candidate.buyerExcluded();
  }

  /** Sells in the category of every line (lines in words fit every seller). */
  public boolean isInTrade() {
    return candidate.categoryLines() == candidate.lineCount();
  }

  /** Share of the request's catalog products the seller lists; 1 with none asked. */
  public double getProductCoverage() {
    return candidate.productLines() == 0
        ? 1
        : (double) candidate.offeredLines() / candidate.productLines();
  }

  /** Share of the listed products with stock for the quantity; 1 with none listed. */
  public double getStockCoverage() {
    return candidate.offeredLines() == 0
        ? 1
        : (double) candidate.stockedLines() / candidate.offeredLines();
  }

  public boolean isLocal() {
    return candidate.local();
  }

  public boolean isSelfHelpGroup() {
    return candidate.kind() == SellerKind.SHG;
  }

  public boolean isAtCapacity() {
    return candidate.openOrders() >= candidate.capacity();
  }

  public double getAcceptanceRate() {
    return candidate.acceptanceRate() == null ? NEW_SELLER_RATE : candidate.acceptanceRate();
  }

  public double getOnTimeRate() {
    return candidate.onTimeRate() == null ? NEW_SELLER_RATE : candidate.onTimeRate();
  }

  public void skip(String reason) {
    skips.add(reason);
  }

  public void add(double points, String reason) {
    score += points;
    reasons.add(String.format("%s (%+.1f)", reason, points));
  }

  long sellerId() {
    return candidate.sellerId();
  }

  boolean eligible() {
    return skips.isEmpty();
  }

  BigDecimal score() {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN);
  }

  ShortlistEntry toEntry(boolean invited) {
    String why =
        eligible()
            ? "Score " + score() + ": " + String.join("; ", reasons)
            : "Not invited: " + String.join("; ", skips);
    return new ShortlistEntry(candidate.sellerId(), invited, score(), why);
  }
}
