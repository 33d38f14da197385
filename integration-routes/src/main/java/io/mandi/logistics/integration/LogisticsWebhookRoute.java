package io.mandi.logistics.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.mandi.inbound.InboundMessages;
import io.mandi.integration.WebhookFields;
import io.mandi.integration.WebhookRejected;
import io.mandi.integration.WebhookRouteBuilder;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.ShipmentStatus;
import io.mandi.logistics.TrackingEvent;
import io.mandi.logistics.TrackingOutcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The platform's tracking webhooks: each event carries its own id; the logistics capability moves
 * the shipment forward only.
 */
@Component
class LogisticsWebhookRoute extends WebhookRouteBuilder<TrackingEvent> {
  static final String PATH = "/webhooks/logistics";

  private final ShipmentService shipments;

  LogisticsWebhookRoute(
      LogisticsProperties properties, ShipmentService shipments, InboundMessages inbound) {
    super(
        "logistics",
        "logistics",
        PATH,
        "X-Webhook-Signature",
        properties.webhookSecret(),
        TrackingEvent.class,
        inbound);
    this.shipments = shipments;
  }

  @Override
  protected TrackingEvent read(Exchange exchange, JsonNode body, byte[] rawBody) {
    String eventId = body.path("event_id").asText("");
    String awb = body.path("awb").asText("");
    String location = body.path("location").asText(null);
    refuseIfBad(WebhookFields.identifierProblem("event_id", eventId, 200));
    refuseIfBad(WebhookFields.identifierProblem("awb", awb, 40));
    refuseIfBad(WebhookFields.textProblem("location", location, 200));
    ShipmentStatus status = status(body.path("current_status").asText(""));
    if (status == null) {
      throw new WebhookRejected(400, "current_status is not one we know");
    }
    Instant occurredAt;
    try {
      occurredAt = OffsetDateTime.parse(body.path("current_timestamp").asText()).toInstant();
    } catch (RuntimeException e) {
      throw new WebhookRejected(400, "current_timestamp must be ISO-8601 with offset");
    }
    return new TrackingEvent(eventId, awb, status, location, occurredAt, null, null);
  }

  @Override
  protected String eventId(TrackingEvent event) {
    return event.eventId();
  }

  @Override
  protected String handOff(TrackingEvent event) {
    TrackingOutcome outcome = shipments.track(event);
    if (outcome == TrackingOutcome.UNKNOWN_AWB) {
      throw new WebhookRejected(404, "unknown awb");
    }
    return outcome.name();
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
