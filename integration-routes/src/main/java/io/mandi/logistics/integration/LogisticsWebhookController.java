package io.mandi.logistics.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.integration.WebhookFields;
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

  @PostMapping(path = PATH, produces = "application/json")
  ResponseEntity<String> receive(
      @RequestBody(required = false) byte[] rawBody,
      @RequestHeader(name = "X-Webhook-Signature", required = false) String signature) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    if (!WebhookSignature.verify(body, signature, properties.webhookSecret())) {
      return error(401, "invalid signature");
    }
    JsonNode event;
    try {
      event = json.readTree(body);
    } catch (IOException e) {
      return error(400, "body is not JSON");
    }
    if (event == null || !event.isObject()) {
      return error(400, "body is not a JSON object");
    }
    String eventId = event.path("event_id").asText("");
    String awb = event.path("awb").asText("");
    ShipmentStatus status = status(event.path("current_status").asText(""));
    String location = event.path("location").asText(null);
    String problem = WebhookFields.identifierProblem("event_id", eventId, 200);
    if (problem == null) {
      problem = WebhookFields.identifierProblem("awb", awb, 40);
    }
    if (problem == null) {
      problem = WebhookFields.textProblem("location", location, 200);
    }
    if (problem != null) {
      return error(400, problem);
    }
    if (status == null) {
      return error(400, "current_status is not one we know");
    }
    Instant occurredAt;
    try {
      occurredAt = OffsetDateTime.parse(event.path("current_timestamp").asText()).toInstant();
    } catch (RuntimeException e) {
      return error(400, "current_timestamp must be ISO-8601 with offset");
    }
    TrackingOutcome outcome =
        shipments.track(new TrackingEvent(eventId, awb, status, location, occurredAt, null, null));
    return outcome == TrackingOutcome.UNKNOWN_AWB
        ? error(404, "unknown awb")
        : ResponseEntity.ok("{\"outcome\":\"" + outcome.name() + "\"}");
  }

  private static ResponseEntity<String> error(int status, String message) {
    return ResponseEntity.status(status).body("{\"error\":\"" + message + "\"}");
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
