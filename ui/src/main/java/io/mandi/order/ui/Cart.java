package io.mandi.order.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.order.Delivery;
import io.mandi.order.PlaceOrderCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The buyer's cart for this session. It owns the checkout's idempotency key: the key changes only
 * after an order went through, so a double click or a retried request places nothing twice.
 */
@Component
@VaadinSessionScope
public class Cart {
  private final List<CartLine> lines = new ArrayList<>();
  private UUID checkoutId = UUID.randomUUID();

  public record CartLine(OfferListing offer, int quantity) {
    public BigDecimal estimatedAmount() {
      return Amounts.times(offer.unitPriceFor(quantity), quantity);
    }
  }

  /** No line ever holds more than this: the sum of two adds must not overflow. */
  public static final int MAX_QUANTITY = 1_000_000;

  /**
   * Adds to the line of this offer.
   *
   * @throws IllegalArgumentException when the line would exceed {@link #MAX_QUANTITY}
   */
  public synchronized void add(OfferListing offer, int quantity) {
    int already =
        lines.stream()
            .filter(l -> l.offer().offerId() == offer.offerId())
            .mapToInt(CartLine::quantity)
            .sum();
    if (quantity <= 0 || (long) already + quantity > MAX_QUANTITY) {
      throw new IllegalArgumentException(
          "A cart line holds from 1 to " + MAX_QUANTITY + " units; this one has " + already);
    }
    checkoutId = UUID.randomUUID();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).offer().offerId() == offer.offerId()) {
        lines.set(i, new CartLine(offer, lines.get(i).quantity() + quantity));
        return;
      }
    }
    lines.add(new CartLine(offer, quantity));
  }

  public synchronized void remove(CartLine line) {
    lines.remove(line);
    checkoutId = UUID.randomUUID();
  }

  public synchronized List<CartLine> lines() {
    return List.copyOf(lines);
  }

  public synchronized BigDecimal estimatedTotal() {
    return lines.stream().map(CartLine::estimatedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public synchronized PlaceOrderCommand checkout() {
    return checkout(Delivery.registered(null));
  }

  /** The checkout to this address, with the buyer's PO number if any. */
  public synchronized PlaceOrderCommand checkout(Delivery delivery) {
    return new PlaceOrderCommand(
        checkoutId,
        lines.stream()
            .map(
                l ->
                    new PlaceOrderCommand.Line(
                        l.offer().productId(), l.offer().offerId(), l.quantity()))
            .toList(),
        delivery);
  }

  /** The orders are placed: start a new cart with a new checkout key. */
  public synchronized void clear() {
    lines.clear();
    checkoutId = UUID.randomUUID();
  }
}
