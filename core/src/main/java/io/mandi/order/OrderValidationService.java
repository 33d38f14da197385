package io.mandi.order;

import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.ruleset.RuleRequests;
import io.mandi.ruleset.RuleSetName;
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
  private final RuleRequests requests;

  OrderValidationService(
      OrderMapper orders,
      CatalogService catalog,
      OrderValidationPolicy policy,
      RuleRequests requests) {
    this.requests = requests;
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
    List<ValidationLine> facts =
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
            .toList();
    List<Violation> violations = policy.validate(facts);
    requests.record(RuleSetName.ORDER_VALIDATION, "Order #" + orderId, facts);
    return violations;
  }
}
