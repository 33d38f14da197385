package io.mandi.logistics.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.inbound.InboundMessages;
import io.mandi.integration.InboundMessageRepository;
import io.mandi.integration.WebhookEdgeConfiguration;
import io.mandi.integration.WebhookFields;
import io.mandi.integration.WebhookRejected;
import io.mandi.integration.WebhookReplies;
import io.mandi.integration.WebhookSignature;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.ShipmentStatus;
import io.mandi.logistics.TrackingEvent;
import io.mandi.logistics.TrackingOutcome;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Receives tracking webhooks on the application's port. The signature is checked over the raw bytes
 * first; an event already handled is skipped by its id; the logistics capability then moves the
 * shipment forward only.
 */
@Component
class LogisticsWebhookRoute extends RouteBuilder {
  static final String PATH = "/webhooks/logistics";
  static final String ROUTE_ID = "logistics-webhook-in";
  static final String HAND_OFF = "logistics-hand-off";
  static final String SOURCE = "logistics";
  private static final String EVENT = "mandi.trackingEvent";

  private final LogisticsProperties properties;
  private final ShipmentService shipments;
  private final InboundMessages inbound;
  private final ObjectMapper json = new ObjectMapper();

  LogisticsWebhookRoute(
      LogisticsProperties properties, ShipmentService shipments, InboundMessages inbound) {
    this.properties = properties;
    this.shipments = shipments;
    this.inbound = inbound;
  }

  @Override
  public void configure() {
    from("platform-http:" + PATH + "?httpMethodRestrict=POST")
        .routeId(ROUTE_ID)
        .routeConfigurationId(WebhookEdgeConfiguration.ID)
        .process(this::verifyAndRead)
        .id("logistics-verify-and-read")
        .idempotentConsumer(
            exchangeProperty(EVENT).method("eventId"),
            new InboundMessageRepository(SOURCE, inbound))
        .eager(false) // recorded only once handled...
        .completionEager(true) // ...and before the answer goes back, so a replay sees it
        .skipDuplicate(false)
        .id("logistics-once-per-event")
        .choice()
        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
        .process(exchange -> WebhookReplies.outcome(exchange, TrackingOutcome.DUPLICATE.name()))
        .id("logistics-duplicate")
        .otherwise()
        .process(this::handOff)
        .id(HAND_OFF)
        .end()
        .end();
  }

  private void verifyAndRead(Exchange exchange) {
    byte[] body = exchange.getIn().getBody(byte[].class);
    if (body == null) {
      body = new byte[0];
    }
    String signature = exchange.getIn().getHeader("X-Webhook-Signature", String.class);
    if (!WebhookSignature.verify(body, signature, properties.webhookSecret())) {
      throw new WebhookRejected(401, "invalid signature");
    }
    JsonNode event;
    try {
      event = json.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejected(400, "body is not JSON");
    }
    if (event == null || !event.isObject()) {
      throw new WebhookRejected(400, "body is not a JSON object");
    }
    String eventId = event.path("event_id").asText("");
    String awb = event.path("awb").asText("");
    String location = event.path("location").asText(null);
    refuseIfBad(WebhookFields.identifierProblem("event_id", eventId, 200));
    refuseIfBad(WebhookFields.identifierProblem("awb", awb, 40));
    refuseIfBad(WebhookFields.textProblem("location", location, 200));
    ShipmentStatus status = status(event.path("current_status").asText(""));
    if (status == null) {
      throw new WebhookRejected(400, "current_status is not one we know");
    }
    Instant occurredAt;
    try {
      occurredAt = OffsetDateTime.parse(event.path("current_timestamp").asText()).toInstant();
    } catch (RuntimeException e) {
      throw new WebhookRejected(400, "current_timestamp must be ISO-8601 with offset");
    }
    exchange.setProperty(
        EVENT, new TrackingEvent(eventId, awb, status, location, occurredAt, null, null));
  }

  private void handOff(Exchange exchange) {
    TrackingOutcome outcome = shipments.track(exchange.getProperty(EVENT, TrackingEvent.class));
    if (outcome == TrackingOutcome.UNKNOWN_AWB) {
      throw new WebhookRejected(404, "unknown awb");
    }
    WebhookReplies.outcome(exchange, outcome.name());
  }

  private static void refuseIfBad(String problem) {
    if (problem != null) {
      throw new WebhookRejected(400, problem);
    }
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
