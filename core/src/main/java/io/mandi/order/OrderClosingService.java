package io.mandi.order;

import io.mandi.ledger.EscrowHold;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes a delivered order by how its escrow was settled; closing twice changes nothing. */
@Service
public class OrderClosingService {
  private final OrderStatusService statuses;
  private final LedgerService ledger;

  OrderClosingService(OrderStatusService statuses, LedgerService ledger) {
    this.statuses = statuses;
    this.ledger = ledger;
  }

  @Transactional
  public OrderStatus close(long orderId) {
    EscrowHold hold = ledger.hold(orderId);
    if (hold == null) {
      throw new IllegalStateException("Order " + orderId + " has no escrow to close with");
    }
    switch (hold.status()) {
      case RELEASED, SPLIT ->
          statuses.complete(
              orderId,
              "system",
              hold.status() == EscrowStatus.SPLIT
                  ? "Closed: escrow split after the dispute"
                  : "Closed: escrow released to the seller");
      case REFUNDED, REVERSED ->
          statuses.refunded(orderId, "system", "Closed: everything held went back to the buyer");
      case HELD ->
          throw new IllegalStateException("Order " + orderId + " still has money held in escrow");
    }
    return statuses.order(orderId).status();
  }
}
