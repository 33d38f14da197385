package io.mandi.cancellation;

import io.mandi.logistics.ShipmentService;
import io.mandi.order.OrderStatusService;
import io.mandi.payment.EscrowService;
import io.mandi.task.TaskInboxService;
import io.mandi.vendor.VendorAssignmentService;
import org.springframework.stereotype.Service;

/**
 * Undoes a cancelled order across the capabilities that took part in it: money held in escrow goes
 * back to the buyer, the shipment is cancelled, open vendor offers are withdrawn, open tasks close
 * and the order is marked cancelled. It sits above those capabilities, so none of them depends on
 * another to be undone.
 */
@Service
public class OrderCompensation {
  private final EscrowService escrow;
  private final ShipmentService shipments;
  private final VendorAssignmentService vendors;
  private final TaskInboxService inbox;
  private final OrderStatusService statuses;

  OrderCompensation(
      EscrowService escrow,
      ShipmentService shipments,
      VendorAssignmentService vendors,
      TaskInboxService inbox,
      OrderStatusService statuses) {
    this.escrow = escrow;
    this.shipments = shipments;
    this.vendors = vendors;
    this.inbox = inbox;
    this.statuses = statuses;
  }

  /**
   * Every step is idempotent and commits on its own, so a retried job finishes what a failed one
   * began; no transaction stays open while the gateway or the courier is called.
   */
  public void compensate(long orderId, String by, String reason) {
    escrow.refundInFull(orderId);
    shipments.cancel(orderId);
    vendors.withdrawOpenOffers(orderId);
    inbox.cancelAllOpenTasks(orderId, "Order cancelled: " + reason);
    statuses.cancel(orderId, by, "Cancelled by " + by + ": " + reason);
  }
}
