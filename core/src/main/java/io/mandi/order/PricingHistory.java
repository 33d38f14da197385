package io.mandi.order;

import java.util.List;
import org.springframework.stereotype.Service;

/** Prices paid: the latest lines the rules priced (shadow runs replay them), sales of an offer. */
@Service
public class PricingHistory {
  private final OrderMapper orders;

  PricingHistory(OrderMapper orders) {
    this.orders = orders;
  }

  /** What buyers paid for an offer and how much they took since then (at most 5,000 lines). */
  public List<OfferSale> salesOf(long offerId, java.time.Instant since) {
    return orders.findSalesOfOffer(offerId, since);
  }

  public List<PricedRequest> recent(int limit) {
    return orders.findRecentPricedLines(Math.min(Math.max(limit, 1), 10_000));
  }
}
