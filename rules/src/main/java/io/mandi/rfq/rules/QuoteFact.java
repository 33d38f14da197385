package io.mandi.rfq.rules;

import io.mandi.catalog.SellerKind;
import io.mandi.rfq.QuoteFacts;
import io.mandi.rfq.QuoteScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A quote the scoring rules weigh against the others on its request. */
public final class QuoteFact {
  private final QuoteFacts quote;
  private double score;
  private final List<String> reasons = new ArrayList<>();

  QuoteFact(QuoteFacts quote) {
    this.quote = quote;
  }

  /** The lowest total divided by this one: 1 for the cheapest quote. */
  public double getPriceRatio() {
    return quote.lowestTotal().doubleValue() / quote.total().doubleValue();
  }

  /** How far this total is above the lowest, in percent. */
  public double getAboveLowestPercent() {
    return 100 * (quote.total().doubleValue() / quote.lowestTotal().doubleValue() - 1);
  }

  public boolean isAtOrBelowTarget() {
    return quote.targetTotal() != null && quote.total().compareTo(quote.targetTotal()) <= 0;
  }

  /** The fastest lead time divided by this one (a same-day quote counts as one day). */
  public double getSpeedRatio() {
    return (double) Math.max(quote.fastestLeadTime(), 1) / Math.max(quote.leadTimeDays(), 1);
  }

  public int getLeadTimeDays() {
    return quote.leadTimeDays();
  }

  public int getDaysLate() {
    return quote.daysLate();
  }

  public double getAcceptanceRate() {
    return quote.acceptanceRate() == null ? ShortlistFact.NEW_SELLER_RATE : quote.acceptanceRate();
  }

  public double getOnTimeRate() {
    return quote.onTimeRate() == null ? ShortlistFact.NEW_SELLER_RATE : quote.onTimeRate();
  }

  public boolean isLocal() {
    return quote.local();
  }

  public boolean isSelfHelpGroup() {
    return quote.kind() == SellerKind.SHG;
  }

  public void add(double points, String reason) {
    score += points;
    reasons.add(String.format("%s (%+.1f)", reason, points));
  }

  long quoteId() {
    return quote.quoteId();
  }

  BigDecimal score() {
    return BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The score and its reasons, by the named version of the rules. */
  QuoteScore toScore(String rules) {
    return new QuoteScore(quote.quoteId(), score(), List.copyOf(reasons), rules);
  }
}
