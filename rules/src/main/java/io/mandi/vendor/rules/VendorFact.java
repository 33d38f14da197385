package io.mandi.vendor.rules;

import io.mandi.vendor.VendorCandidate;
import io.mandi.vendor.VendorRanking;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A vendor being ranked. Rates use a prior (as if the vendor had a few good orders already), so one
 * refusal does not sink a new vendor. Rules add points or skip the vendor, each with a reason.
 */
public final class VendorFact {
  /** The prior: a new vendor counts as 4 good answers out of 5. */
  private static final double PRIOR_GOOD = 4;

  private static final double PRIOR_TOTAL = 5;

  private final VendorCandidate candidate;
  private double score;
  private final List<String> reasons = new ArrayList<>();
  private final List<String> skips = new ArrayList<>();

  VendorFact(VendorCandidate candidate) {
    this.candidate = candidate;
  }

  public boolean isMissingProducts() {
    return candidate.offeredLines() < candidate.lineCount();
  }

  public boolean isShortOfStock() {
    return candidate.stockedLines() < candidate.lineCount();
  }

  public boolean isBelowMinimumOrder() {
    return candidate.orderableLines() < candidate.lineCount();
  }

  public boolean isAlreadyOffered() {
    return candidate.alreadyOffered();
  }

  public boolean isPreferred() {
    return candidate.preferred();
  }

  public boolean isDispatchingLocally() {
    return candidate.localLines() == candidate.lineCount();
  }

  public int getOpenOrders() {
    return candidate.openOrders();
  }

  public int getCapacity() {
    return candidate.capacity();
  }

  public double getLoad() {
    return (double) candidate.openOrders() / candidate.capacity();
  }

  public double getAcceptanceRate() {
    return (candidate.roundsAccepted() + PRIOR_GOOD) / (candidate.roundsOffered() + PRIOR_TOTAL);
  }

  public double getOnTimeRate() {
    return (candidate.onTimeDeliveries() + PRIOR_GOOD) / (candidate.deliveries() + PRIOR_TOTAL);
  }

  public double getCancellationRate() {
    return candidate.cancelledAfterConfirmation() / (candidate.confirmedOrders() + PRIOR_TOTAL);
  }

  /** Average minutes to answer; a vendor without history counts as answering within the hour. */
  public double getResponseMinutes() {
    return candidate.avgResponseMinutes() == null ? 60 : candidate.avgResponseMinutes();
  }

  public void skip(String reason) {
    skips.add(reason);
  }

  public void add(double points, String reason) {
    score += points;
    reasons.add(String.format("%s (%+.1f)", reason, points));
  }

  VendorCandidate candidate() {
    return candidate;
  }

  boolean eligible() {
    return skips.isEmpty();
  }

  BigDecimal score() {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN);
  }

  VendorRanking toRanking() {
    String reason =
        eligible()
            ? "Score " + score() + ": " + String.join("; ", reasons)
            : "Skipped: " + String.join("; ", skips);
    return new VendorRanking(
        candidate.sellerId(), candidate.sellerName(), eligible(), score(), reason);
  }
}
