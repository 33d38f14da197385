package io.mandi.payment;

import io.mandi.account.Actor;
import io.mandi.account.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** A seller's payout statement: each settled order from gross to net, a page at a time. */
@Service
public class Payouts {
  public static final int MAX_PAGE = 500;

  private final PayoutMapper payouts;

  Payouts(PayoutMapper payouts) {
    this.payouts = payouts;
  }

  public List<SellerPayout> of(Actor seller, int offset, int limit) {
    seller.require(Role.SELLER);
    if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " payouts");
    }
    return payouts.findPayouts(seller.sellerId(), null, offset, limit);
  }

  /** What one of the seller's orders paid it; empty until it is settled, or not the seller's. */
  public Optional<SellerPayout> ofOrder(Actor seller, long orderId) {
    seller.require(Role.SELLER);
    return payouts.findPayouts(seller.sellerId(), orderId, 0, 1).stream().findFirst();
  }

  public long count(Actor seller) {
    seller.require(Role.SELLER);
    return payouts.countPayouts(seller.sellerId());
  }
}
