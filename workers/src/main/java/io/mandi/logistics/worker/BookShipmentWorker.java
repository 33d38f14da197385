package io.mandi.logistics.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.logistics.Shipment;
import io.mandi.logistics.ShipmentService;
import io.mandi.order.process.OrderLifecycleProcess;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Books the packed order with the courier; idempotent by the order's booking key. */
@Component
public class BookShipmentWorker {
  private final ShipmentService shipments;

  BookShipmentWorker(ShipmentService shipments) {
    this.shipments = shipments;
  }

  @JobWorker(
      type = OrderLifecycleProcess.JOB_BOOK_SHIPMENT,
      fetchVariables = OrderLifecycleProcess.Variables.ORDER_ID)
  public Map<String, Object> book(
      @Variable(name = OrderLifecycleProcess.Variables.ORDER_ID) long orderId) {
    Shipment shipment = shipments.book(orderId);
    return Map.of("awb", shipment.awb());
  }
}
