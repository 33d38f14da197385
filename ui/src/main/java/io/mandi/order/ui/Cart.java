package io.mandi.order.ui;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.money.Amounts;
import io.mandi.order.CartStore;
import io.mandi.order.Delivery;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.ui.CurrentUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The buyer's cart. Every change is written through to the database, so the cart is the same after
 * logging out or on another device. It owns the checkout's idempotency key: the key changes only
 * when the cart changes, so a double click or a retried request places nothing twice.
 */
@Component
@VaadinSessionScope
public class Cart {
  /** No line ever holds more than this: the sum of two adds must not overflow. */
  public static final int MAX_QUANTITY = 1_000_000;

  private final CartStore store;
  private final CatalogService catalog;
  private final Actor buyer;
  private final List<CartLine> lines = new ArrayList<>();
  private UUID checkoutId = UUID.randomUUID();

  public record CartLine(OfferListing offer, int quantity) {
    public BigDecimal estimatedAmount() {
      return Amounts.times(offer.unitPriceFor(quantity), quantity);
    }
  }

  public Cart(CartStore store, CatalogService catalog, CurrentUser currentUser) {
    this.store = store;
    this.catalog = catalog;
    this.buyer = currentUser.actor();
    if (buyer.role() == Role.BUYER) {
      List<CartStore.Item> kept = store.items(buyer);
      Map<Long, OfferListing> offers =
          catalog.offersById(kept.stream().map(CartStore.Item::offerId).toList());
      for (CartStore.Item item : kept) {
        OfferListing offer = offers.get(item.offerId());
        if (offer != null) {
          lines.add(new CartLine(offer, item.quantity()));
        }
      }
    }
  }

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
    set(offer, already + quantity);
  }

  /** Sets the line of this offer to exactly this quantity. */
  public synchronized void set(OfferListing offer, int quantity) {
    if (quantity <= 0 || quantity > MAX_QUANTITY) {
      throw new IllegalArgumentException("A cart line holds from 1 to " + MAX_QUANTITY + " units");
    }
    store.put(buyer, offer.offerId(), quantity);
    checkoutId = UUID.randomUUID();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).offer().offerId() == offer.offerId()) {
        lines.set(i, new CartLine(lines.get(i).offer(), quantity));
        return;
      }
    }
    lines.add(new CartLine(offer, quantity));
  }

  public synchronized void remove(CartLine line) {
    store.remove(buyer, line.offer().offerId());
    lines.removeIf(l -> l.offer().offerId() == line.offer().offerId());
    checkoutId = UUID.randomUUID();
  }

  public synchronized List<CartLine> lines() {
    return List.copyOf(lines);
  }

  public synchronized BigDecimal estimatedTotal() {
    return lines.stream().map(CartLine::estimatedAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public synchronized List<PlaceOrderCommand.Line> commandLines() {
    return lines.stream()
        .map(
            l ->
                new PlaceOrderCommand.Line(
                    l.offer().productId(), l.offer().offerId(), l.quantity()))
        .toList();
  }

  public synchronized PlaceOrderCommand checkout() {
    return checkout(Delivery.registered(null));
  }

  /** The checkout to this address, with the buyer's PO number if any. */
  public synchronized PlaceOrderCommand checkout(Delivery delivery) {
    return new PlaceOrderCommand(checkoutId, commandLines(), delivery);
  }

  /** The orders are placed: start a new cart with a new checkout key. */
  public synchronized void clear() {
    store.clear(buyer);
    lines.clear();
    checkoutId = UUID.randomUUID();
  }
}
