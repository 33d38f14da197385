package io.mandi.vendor;

import io.mandi.order.OrderStatusService;
import io.mandi.payment.EscrowService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A paid order whose vendor cannot ship goes back to vendor assignment: the vendor's share on hold
 * returns from its account, its reserved stock is released, its acceptance counts against it, and
 * the buyer's payment stays held at the agreed price for the next vendor.
 */
@Service
public class OrderResourcingService {
  private final EscrowService escrow;
  private final TransactionTemplate transaction;
  private final OrderStatusService statuses;
  private final VendorMapper vendors;
  private final VendorAssignmentService assignment;

  OrderResourcingService(
      EscrowService escrow,
      OrderStatusService statuses,
      VendorMapper vendors,
      VendorAssignmentService assignment,
      TransactionTemplate transaction) {
    this.transaction = transaction;
    this.escrow = escrow;
    this.statuses = statuses;
    this.vendors = vendors;
    this.assignment = assignment;
  }

  /**
   * Releases the vendor; returns the rounds so far, from which the next assignment counts. The
   * vendor's share comes back from the gateway first, with no transaction open; a retry repeats
   * nothing the gateway already did.
   */
  public int releaseVendor(long orderId, String by, String reason) {
    String why = "Could not ship" + (reason == null || reason.isBlank() ? "" : ": " + reason);
    escrow.withdrawFromVendor(orderId);
    return transaction.execute(
        status -> {
          vendors.dropAcceptedRound(orderId, why);
          statuses.reopenForAnotherVendor(
              orderId, by, why + "; the payment stays in escrow while another vendor is found");
          return assignment.roundsSoFar(orderId);
        });
  }
}
