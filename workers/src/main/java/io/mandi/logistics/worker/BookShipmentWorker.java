package io.mandi.logistics.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.logistics.Shipment;
import io.mandi.logistics.ShipmentService;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.process.OrderLifecycleProcess;
import org.springframework.stereotype.Component;

/**
 * Books the packed order with the courier and tells the buyer its AWB; idempotent by the order's
 * booking key and the message's dedup key. A failed message never fails the booking.
 */
@Component
public class BookShipmentWorker {
  private final ShipmentService shipments;
  private final OrderNotificationService notifications;

  BookShipmentWorker(ShipmentService shipments, OrderNotificationService notifications) {
    this.shipments = shipments;
    this.notifications = notifications;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_BOOK_SHIPMENT,
      fetchVariables = OrderLifecycleProcess.Variables.ORDER_ID)
  public void book(@Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId) {
    Shipment shipment = shipments.book(orderId);
    notifications.notifyOrderShipped(orderId, shipment.courier(), shipment.awb());
  }
}
