package io.mandi.payment.integration;

import com.fasterxml.jackson.databind.JsonNode;
import io.mandi.inbound.InboundMessages;
import io.mandi.integration.WebhookFields;
import io.mandi.integration.WebhookRejected;
import io.mandi.integration.WebhookRouteBuilder;
import io.mandi.payment.PaymentService;
import io.mandi.payment.UnknownPaymentException;
import io.mandi.payment.WebhookEvent;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * The gateway's webhooks: the event id comes in a header, the payment id in the body; the payment
 * capability records the event once. Nothing in the body is trusted for amounts.
 */
@Component
class RazorpayWebhookRoute extends WebhookRouteBuilder<WebhookEvent> {
  static final String PATH = "/webhooks/razorpay";

  private final PaymentService payments;

  RazorpayWebhookRoute(
      RazorpayProperties properties, PaymentService payments, InboundMessages inbound) {
    super(
        "razorpay",
        PaymentService.RAZORPAY,
        PATH,
        "X-Razorpay-Signature",
        properties.webhookSecret(),
        WebhookEvent.class,
        inbound);
    this.payments = payments;
  }

  @Override
  protected WebhookEvent read(Exchange exchange, JsonNode body, byte[] rawBody) {
    String eventId = exchange.getIn().getHeader("X-Razorpay-Event-Id", String.class);
    refuseIfBad(WebhookFields.identifierProblem("X-Razorpay-Event-Id", eventId, 200));
    String type = body.path("event").asText("");
    String paymentId = body.path("payload").path("payment").path("entity").path("id").asText(null);
    refuseIfBad(WebhookFields.identifierProblem("event", type, 100));
    if (paymentId != null) {
      refuseIfBad(WebhookFields.identifierProblem("payment id", paymentId, 100));
    }
    return new WebhookEvent(
        PaymentService.RAZORPAY,
        eventId,
        type,
        paymentId,
        new String(rawBody, StandardCharsets.UTF_8));
  }

  @Override
  protected String eventId(WebhookEvent event) {
    return event.eventId();
  }

  @Override
  protected String handOff(WebhookEvent event) {
    try {
      return payments.receive(event).name();
    } catch (UnknownPaymentException e) {
      throw new WebhookRejected(422, e.getMessage());
    }
  }
}
