package io.mandi.payment.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.inbound.InboundMessages;
import io.mandi.integration.InboundMessageRepository;
import io.mandi.integration.WebhookEdgeConfiguration;
import io.mandi.integration.WebhookFields;
import io.mandi.integration.WebhookRejected;
import io.mandi.integration.WebhookReplies;
import io.mandi.integration.WebhookSignature;
import io.mandi.payment.PaymentService;
import io.mandi.payment.UnknownPaymentException;
import io.mandi.payment.WebhookEvent;
import io.mandi.payment.WebhookOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Receives the gateway's webhooks on the application's port. The signature is checked over the raw
 * bytes before anything is parsed; an event already handled is skipped by its id; the payment
 * capability then records it. Nothing in the body is trusted for amounts.
 */
@Component
class RazorpayWebhookRoute extends RouteBuilder {
  static final String PATH = "/webhooks/razorpay";
  static final String ROUTE_ID = "razorpay-webhook-in";
  static final String HAND_OFF = "razorpay-hand-off";
  private static final String EVENT = "mandi.webhookEvent";

  private final RazorpayProperties properties;
  private final PaymentService payments;
  private final InboundMessages inbound;
  private final ObjectMapper json = new ObjectMapper();

  RazorpayWebhookRoute(
      RazorpayProperties properties, PaymentService payments, InboundMessages inbound) {
    this.properties = properties;
    this.payments = payments;
    this.inbound = inbound;
  }

  @Override
  public void configure() {
    from("platform-http:" + PATH + "?httpMethodRestrict=POST")
        .routeId(ROUTE_ID)
        .routeConfigurationId(WebhookEdgeConfiguration.ID)
        .process(this::verifyAndRead)
        .id("razorpay-verify-and-read")
        .idempotentConsumer(
            exchangeProperty(EVENT).method("eventId"),
            new InboundMessageRepository(PaymentService.RAZORPAY, inbound))
        .eager(false) // recorded only once handled...
        .completionEager(true) // ...and before the answer goes back, so a replay sees it
        .skipDuplicate(false)
        .id("razorpay-once-per-event")
        .choice()
        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
        .process(exchange -> WebhookReplies.outcome(exchange, WebhookOutcome.DUPLICATE.name()))
        .id("razorpay-duplicate")
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
    String signature = exchange.getIn().getHeader("X-Razorpay-Signature", String.class);
    if (!WebhookSignature.verify(body, signature, properties.webhookSecret())) {
      throw new WebhookRejected(401, "invalid signature");
    }
    String eventId = exchange.getIn().getHeader("X-Razorpay-Event-Id", String.class);
    refuseIfBad(WebhookFields.identifierProblem("X-Razorpay-Event-Id", eventId, 200));
    JsonNode event;
    try {
      event = json.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejected(400, "body is not JSON");
    }
    if (event == null || !event.isObject()) {
      throw new WebhookRejected(400, "body is not a JSON object");
    }
    String type = event.path("event").asText("");
    String paymentId = event.path("payload").path("payment").path("entity").path("id").asText(null);
    refuseIfBad(WebhookFields.identifierProblem("event", type, 100));
    if (paymentId != null) {
      refuseIfBad(WebhookFields.identifierProblem("payment id", paymentId, 100));
    }
    exchange.setProperty(
        EVENT,
        new WebhookEvent(
            PaymentService.RAZORPAY,
            eventId,
            type,
            paymentId,
            new String(body, StandardCharsets.UTF_8)));
  }

  private void handOff(Exchange exchange) {
    try {
      WebhookEvent event = exchange.getProperty(EVENT, WebhookEvent.class);
      WebhookReplies.outcome(exchange, payments.receive(event).name());
    } catch (UnknownPaymentException e) {
      throw new WebhookRejected(422, e.getMessage());
    }
  }

  private static void refuseIfBad(String problem) {
    if (problem != null) {
      throw new WebhookRejected(400, problem);
    }
  }
}
