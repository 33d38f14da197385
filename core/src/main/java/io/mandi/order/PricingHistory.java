package io.mandi.order;

import java.util.List;
import org.springframework.stereotype.Service;

/** The latest order lines the pricing rules priced: what a shadow run replays. */
@Service
public class PricingHistory {
  private final OrderMapper orders;

  PricingHistory(OrderMapper orders) {
    this.orders = orders;
  }

  public List<PricedRequest> recent(int limit) {
    return orders.findRecentPricedLines(Math.min(Math.max(limit, 1), 10_000));
  }
}
