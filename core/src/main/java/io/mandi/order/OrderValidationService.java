package io.mandi.order;

import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Re-checks a stored order against the rules with today's catalog: stock or offers may have changed
 * between placement and the process reaching validation.
 */
@Service
public class OrderValidationService {
  private final OrderMapper orders;
  private final CatalogService catalog;
  private final OrderValidationPolicy policy;

  OrderValidationService(OrderMapper orders, CatalogService catalog, OrderValidationPolicy policy) {
    this.orders = orders;
    this.catalog = catalog;
    this.policy = policy;
  }

  public List<Violation> validate(long orderId) {
    List<OrderLine> lines = orders.findLines(orderId);
    if (lines.isEmpty()) {
      throw new OrderNotFoundException(orderId);
    }
    Map<Long, OfferListing> offers =
        catalog.offersById(lines.stream().map(OrderLine::offerId).distinct().toList());
    return policy.validate(
        lines.stream()
            .map(
                line -> {
                  OfferListing offer = offers.get(line.offerId());
                  return new ValidationLine(
                      line.lineNo(),
                      line.offerId(),
                      line.productName(),
                      line.quantity(),
                      // the seller agreed a negotiated quantity, below its usual minimum or not
                      line.agreed() ? 1 : offer.minOrderQty(),
                      offer.stock(),
                      offer.active());
                })
            .toList());
  }
}
