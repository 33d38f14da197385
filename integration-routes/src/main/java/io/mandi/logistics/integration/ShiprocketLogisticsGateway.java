package io.mandi.logistics.integration;

import io.mandi.logistics.BookedShipment;
import io.mandi.logistics.LogisticsGateway;
import io.mandi.logistics.ShipmentRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The core's LogisticsGateway port over the Shiprocket-shaped API: create the order, assign the
 * AWB, generate the label. The idempotency key is the channel order id, which the platform keeps
 * unique, so a retried booking finds the first shipment instead of making a second.
 */
@Component
@EnableConfigurationProperties(LogisticsProperties.class)
class ShiprocketLogisticsGateway implements LogisticsGateway {
  private final ProducerTemplate producer;
  private final LogisticsProperties properties;

  ShiprocketLogisticsGateway(ProducerTemplate producer, LogisticsProperties properties) {
    this.producer = producer;
    this.properties = properties;
  }

  @Override
  public BookedShipment book(ShipmentRequest request, String idempotencyKey) {
    Map<?, ?> order =
        post(
            "/v1/external/orders/create/adhoc",
            Map.ofEntries(
                Map.entry("order_id", idempotencyKey),
                Map.entry("order_date", LocalDate.now().toString()),
                Map.entry("pickup_location", properties.pickupLocation()),
                Map.entry("billing_customer_name", request.deliveryName()),
                Map.entry("billing_state", request.deliveryRegion()),
                Map.entry("billing_phone", request.deliveryPhone()),
                Map.entry("shipping_is_billing", true),
                Map.entry("payment_method", "Prepaid"),
                Map.entry("sub_total", request.declaredValue()),
                Map.entry("weight", request.weightKg()),
                Map.entry("packages", request.packages()),
                Map.entry("seller_name", request.pickupName()),
                Map.entry("seller_state", request.pickupRegion()),
                Map.entry("seller_phone", request.pickupPhone())));
    String shipmentId = String.valueOf(order.get("shipment_id"));
    Map<?, ?> assigned = post("/v1/external/courier/assign/awb", Map.of("shipment_id", shipmentId));
    Map<?, ?> data = (Map<?, ?>) ((Map<?, ?>) assigned.get("response")).get("data");
    Map<?, ?> label =
        post("/v1/external/courier/generate/label", Map.of("shipment_id", List.of(shipmentId)));
    return new BookedShipment(
        String.valueOf(order.get("order_id")),
        shipmentId,
        (String) data.get("awb_code"),
        (String) data.get("courier_name"),
        (String) label.get("label_url"));
  }

  @Override
  public void cancel(String awb, String idempotencyKey) {
    post("/v1/external/orders/cancel/shipment/awbs", Map.of("awbs", List.of(awb)));
  }

  private Map<?, ?> post(String path, Map<String, ?> body) {
    try {
      return producer.requestBodyAndHeader(
          LogisticsRoutes.POST, body, LogisticsRoutes.PATH, path, Map.class);
    } catch (CamelExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "The logistics platform failed on " + path + ": " + cause.getMessage(), cause);
    }
  }
}
