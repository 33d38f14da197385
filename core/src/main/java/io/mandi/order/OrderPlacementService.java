package io.mandi.order;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.BuyerKind;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.pricing.PricingFactsJson;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places a buyer's checkout: validates every line, prices it by the pricing rules (locking the
 * price, the rule set version and the rules used), writes one order per seller in one transaction,
 * then starts each order's process. A resubmitted checkout returns the same orders.
 */
@Service
public class OrderPlacementService {
  static final int MAX_LINES = 100;

  private final CatalogService catalog;
  private final OrderValidationPolicy policy;
  private final LinePricing pricing;
  private final AccountService accounts;
  private final OrderMapper orders;
  private final OrderPlacedNotices notices;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OrderPlacementService(
      CatalogService catalog,
      OrderValidationPolicy policy,
      LinePricing pricing,
      AccountService accounts,
      OrderMapper orders,
      OrderPlacedNotices notices,
      TransactionTemplate transaction,
      Clock clock) {
    this.catalog = catalog;
    this.policy = policy;
    this.pricing = pricing;
    this.accounts = accounts;
    this.orders = orders;
    this.notices = notices;
    this.transaction = transaction;
    this.clock = clock;
  }

  public List<Order> place(Actor buyer, PlaceOrderCommand command) {
    buyer.require(Role.BUYER);
    Objects.requireNonNull(command.requestId(), "requestId");
    List<Order> placed = orders.findOrdersByRequest(command.requestId());
    if (placed.isEmpty()) {
      List<NewOrder> drafts = draftOrders(buyer, command);
      placed = insertOnce(drafts, command.requestId());
    }
    return placed;
  }

  /**
   * Places an order at prices agreed in a negotiation, once per request id, and starts its process
   * after commit. The seller agreed the quantities, so its minimum order quantity does not apply;
   * stock is checked when the seller confirms, as for any order.
   */
  public Order placeAgreed(AgreedOrder agreed) {
    Objects.requireNonNull(agreed.requestId(), "requestId");
    List<Order> placed = orders.findOrdersByRequest(agreed.requestId());
    if (!placed.isEmpty()) {
      return placed.getFirst();
    }
    List<NewOrder.Line> lines = new ArrayList<>();
    for (AgreedOrder.Line line : agreed.lines()) {
      BigDecimal unitPrice = Amounts.inr(line.unitPrice());
      lines.add(
          new NewOrder.Line(
              lines.size() + 1,
              line.offerId(),
              line.productId(),
              line.quantity(),
              unitPrice,
              Amounts.times(unitPrice, line.quantity()),
              line.listPrice(),
              OrderLine.AGREED,
              agreed.agreedIn(),
              null));
    }
    io.mandi.account.Buyer buyer = accounts.buyer(agreed.buyerId());
    NewOrder draft =
        new NewOrder(
            agreed.requestId(),
            agreed.buyerId(),
            agreed.sellerId(),
            lines.stream().map(NewOrder.Line::lineAmount).reduce(BigDecimal.ZERO, BigDecimal::add),
            agreed.placedBy(),
            clock.instant(),
            lines,
            new Delivery(buyer.address(), buyer.pinCode(), null));
    return insertOnce(List.of(draft), agreed.requestId()).getFirst();
  }

  private List<NewOrder> draftOrders(Actor buyer, PlaceOrderCommand command) {
    List<PlaceOrderCommand.Line> lines = command.lines() == null ? List.of() : command.lines();
    if (lines.isEmpty()) {
      throw new OrderValidationException(
          List.of(new Violation(0, "NO_LINES", "The order has no lines")));
    }
    if (lines.size() > MAX_LINES) {
      throw new OrderValidationException(
          List.of(new Violation(0, "TOO_MANY_LINES", "An order can have at most 100 lines")));
    }
    Map<Long, OfferListing> offers = offersOf(lines);
    List<Violation> violations = violations(lines, offers);
    if (!violations.isEmpty()) {
      throw new OrderValidationException(violations);
    }
    return splitBySeller(buyer, command, offers);
  }

  /**
   * What a cart would cost this buyer now and what stands in its way, without placing anything:
   * each line at the buyer's own price with the rules that made it, every problem (minimum
   * quantity, stock, steps, unknown or withdrawn offers) at once.
   */
  public Quote quote(Actor buyer, List<PlaceOrderCommand.Line> lines) {
    buyer.require(Role.BUYER);
    List<PlaceOrderCommand.Line> asked = lines == null ? List.of() : lines;
    Map<Long, OfferListing> offers = offersOf(asked);
    List<Violation> problems = violations(asked, offers);
    BuyerKind buyerKind = accounts.buyer(buyer.buyerId()).kind();
    List<Integer> lineNos = new ArrayList<>();
    List<LinePricing.Wanted> wanted = new ArrayList<>();
    for (int i = 0; i < asked.size(); i++) {
      PlaceOrderCommand.Line line = asked.get(i);
      OfferListing offer = offers.get(line.offerId());
      if (offer != null && line.quantity() > 0) {
        lineNos.add(i + 1);
        wanted.add(new LinePricing.Wanted(offer, line.quantity()));
      }
    }
    List<LinePricing.Priced> prices = pricing.price(buyerKind, wanted);
    List<Quote.Line> quoted = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      LinePricing.Priced price = prices.get(i);
      quoted.add(
          new Quote.Line(
              lineNos.get(i),
              wanted.get(i).offer().offerId(),
              price.unitPrice(),
              price.listPrice(),
              Amounts.times(price.unitPrice(), wanted.get(i).quantity()),
              price.rules().rules()));
    }
    return new Quote(quoted, problems);
  }

  private Map<Long, OfferListing> offersOf(List<PlaceOrderCommand.Line> lines) {
    return catalog.offersById(
        lines.stream().map(PlaceOrderCommand.Line::offerId).distinct().toList());
  }

  private List<Violation> violations(
      List<PlaceOrderCommand.Line> lines, Map<Long, OfferListing> offers) {
    List<Violation> violations = new ArrayList<>();
    List<ValidationLine> facts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNo = i + 1;
      PlaceOrderCommand.Line line = lines.get(i);
      OfferListing offer = offers.get(line.offerId());
      if (catalog.product(line.productId()).isEmpty()) {
        violations.add(
            new Violation(lineNo, "UNKNOWN_PRODUCT", "unknown product " + line.productId()));
      } else if (offer == null || offer.productId() != line.productId()) {
        violations.add(
            new Violation(
                lineNo,
                "UNKNOWN_OFFER",
                "no offer " + line.offerId() + " for product " + line.productId()));
      } else if (line.quantity() <= 0) {
        violations.add(
            new Violation(
                lineNo,
                "QUANTITY_NOT_POSITIVE",
                "quantity must be greater than 0 (was " + line.quantity() + ")"));
      } else {
        facts.add(
            new ValidationLine(
                lineNo,
                offer.offerId(),
                offer.productName(),
                line.quantity(),
                offer.minOrderQty(),
                offer.stock(),
                offer.active()));
      }
    }
    violations.addAll(policy.validate(facts));
    return violations;
  }

  private List<NewOrder> splitBySeller(
      Actor buyer, PlaceOrderCommand command, Map<Long, OfferListing> offers) {
    Map<Long, List<NewOrder.Line>> linesBySeller = new LinkedHashMap<>();
    BuyerKind buyerKind = accounts.buyer(buyer.buyerId()).kind();
    List<LinePricing.Wanted> wanted =
        command.lines().stream()
            .map(line -> new LinePricing.Wanted(offers.get(line.offerId()), line.quantity()))
            .toList();
    List<LinePricing.Priced> prices =
        pricing.price(buyerKind, wanted); // the whole checkout by one rules version
    for (int i = 0; i < wanted.size(); i++) {
      OfferListing offer = wanted.get(i).offer();
      int quantity = wanted.get(i).quantity();
      LinePricing.Priced price = prices.get(i);
      List<NewOrder.Line> sellerLines =
          linesBySeller.computeIfAbsent(offer.sellerId(), id -> new ArrayList<>());
      sellerLines.add(
          new NewOrder.Line(
              sellerLines.size() + 1,
              offer.offerId(),
              offer.productId(),
              quantity,
              price.unitPrice(),
              Amounts.times(price.unitPrice(), quantity),
              price.listPrice(),
              price.rules().ruleSetVersion(),
              String.join("\n", price.rules().rules()),
              PricingFactsJson.write(price.facts())));
    }
    var now = clock.instant();
    Delivery delivery = delivery(buyer, command.delivery());
    return linesBySeller.entrySet().stream()
        .map(
            entry ->
                new NewOrder(
                    command.requestId(),
                    buyer.buyerId(),
                    entry.getKey(),
                    entry.getValue().stream()
                        .map(NewOrder.Line::lineAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                    buyer.username(),
                    now,
                    entry.getValue(),
                    delivery))
        .toList();
  }

  /** The address given, or else the buyer's registered one; the PO number as given. */
  private Delivery delivery(Actor buyer, Delivery given) {
    Delivery asked = given == null ? Delivery.registered(null) : given;
    if (asked.complete()) {
      return asked;
    }
    if (asked.address() != null || asked.pinCode() != null) {
      throw new OrderValidationException(
          List.of(
              new Violation(
                  0, "INCOMPLETE_ADDRESS", "Give both the delivery address and its PIN code")));
    }
    io.mandi.account.Buyer registered = accounts.buyer(buyer.buyerId());
    return new Delivery(registered.address(), registered.pinCode(), asked.poNumber());
  }

  /** Inserts all orders of the checkout, or finds those a concurrent duplicate inserted. */
  private List<Order> insertOnce(List<NewOrder> drafts, java.util.UUID requestId) {
    try {
      return transaction.execute(
          status -> {
            for (NewOrder draft : drafts) {
              orders.insertOrder(draft);
              draft.lines.forEach(line -> orders.insertLine(draft.id, line));
              orders.insertStatusChange(
                  new OrderStatusChange(
                      draft.id,
                      null,
                      OrderStatus.PLACED,
                      draft.placedBy,
                      draft.placedAt,
                      "Placed by buyer"));
              notices.placed(draft.id); // the process starts after commit
            }
            return orders.findOrdersByRequest(requestId);
          });
    } catch (DuplicateKeyException concurrentDuplicate) {
      return orders.findOrdersByRequest(requestId);
    }
  }
}
