package io.mandi.logistics.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.ShipmentStatus;
import io.mandi.logistics.TrackingEvent;
import io.mandi.logistics.TrackingOutcome;
import io.mandi.payment.integration.WebhookSignature;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives tracking webhooks. The signature is checked over the raw bytes first; each event is
 * recorded once by the provider's event id, and only moves the shipment forward.
 */
@RestController
class LogisticsWebhookController {
  static final String PATH = "/webhooks/logistics";

  private final LogisticsProperties properties;
  private final ShipmentService shipments;
  private final ObjectMapper json = new ObjectMapper();

  LogisticsWebhookController(LogisticsProperties properties, ShipmentService shipments) {
    this.properties = properties;
    this.shipments = shipments;
  }

  @PostMapping(PATH)
  ResponseEntity<String> receive(
      @RequestBody byte[] rawBody,
      @RequestHeader(name = "X-Webhook-Signature", required = false) String signature) {
    if (!WebhookSignature.verify(rawBody, signature, properties.webhookSecret())) {
      return ResponseEntity.status(401).body("invalid signature");
    }
    JsonNode event;
    try {
      event = json.readTree(rawBody);
    } catch (IOException e) {
      return ResponseEntity.badRequest().body("body is not JSON");
    }
    String eventId = event.path("event_id").asText("");
    String awb = event.path("awb").asText("");
    ShipmentStatus status = status(event.path("current_status").asText(""));
    if (eventId.isBlank() || awb.isBlank() || status == null) {
      return ResponseEntity.badRequest().body("event_id, awb and a known current_status needed");
    }
    Instant occurredAt;
    try {
      occurredAt = OffsetDateTime.parse(event.path("current_timestamp").asText()).toInstant();
    } catch (RuntimeException e) {
      return ResponseEntity.badRequest().body("current_timestamp must be ISO-8601 with offset");
    }
    TrackingOutcome outcome =
        shipments.track(
            new TrackingEvent(
                eventId, awb, status, event.path("location").asText(null), occurredAt, null, null));
    return outcome == TrackingOutcome.UNKNOWN_AWB
        ? ResponseEntity.status(404).body(outcome.name())
        : ResponseEntity.ok(outcome.name());
  }

  /** The platform's status names; statuses we do not act on are not errors but are not known. */
  static ShipmentStatus status(String providerStatus) {
    return switch (providerStatus.toUpperCase()) {
      case "PICKED UP", "IN TRANSIT", "OUT FOR DELIVERY" -> ShipmentStatus.IN_TRANSIT;
      case "DELIVERED" -> ShipmentStatus.DELIVERED;
      case "CANCELED", "CANCELLED" -> ShipmentStatus.CANCELLED;
      default -> null;
    };
  }
}
