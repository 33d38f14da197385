package io.mandi.order;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Keeps each buyer's cart in the database, so it survives logging out and other devices. */
@Service
public class CartStore {
  /** One kept cart line: the offer and how many. */
  public record Item(long offerId, int quantity) {}

  private final CartMapper carts;
  private final Clock clock;

  CartStore(CartMapper carts, Clock clock) {
    this.carts = carts;
    this.clock = clock;
  }

  public List<Item> items(Actor buyer) {
    buyer.require(Role.BUYER);
    return carts.findItems(buyer.username());
  }

  /** Sets the line of this offer to the quantity (adds it if new). */
  public void put(Actor buyer, long offerId, int quantity) {
    buyer.require(Role.BUYER);
    carts.put(buyer.username(), offerId, quantity, clock.instant());
  }

  public void remove(Actor buyer, long offerId) {
    buyer.require(Role.BUYER);
    carts.remove(buyer.username(), offerId);
  }

  public void clear(Actor buyer) {
    buyer.require(Role.BUYER);
    carts.clear(buyer.username());
  }
}
