package io.mandi.payment.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.payment.PaymentService;
import io.mandi.payment.UnknownPaymentException;
import io.mandi.payment.WebhookEvent;
import io.mandi.payment.WebhookOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives the gateway's webhooks. The signature is checked over the raw bytes before anything is
 * parsed; the event is then recorded once by its id. Nothing in it is trusted for amounts.
 */
@RestController
class RazorpayWebhookController {
  static final String PATH = "/webhooks/razorpay";

  private final RazorpayProperties properties;
  private final PaymentService payments;
  private final ObjectMapper json = new ObjectMapper();

  RazorpayWebhookController(RazorpayProperties properties, PaymentService payments) {
    this.properties = properties;
    this.payments = payments;
  }

  @PostMapping(PATH)
  ResponseEntity<String> receive(
      @RequestBody byte[] rawBody,
      @RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
      @RequestHeader(name = "X-Razorpay-Event-Id", required = false) String eventId) {
    if (!WebhookSignature.verify(rawBody, signature, properties.webhookSecret())) {
      return ResponseEntity.status(401).body("invalid signature");
    }
    if (eventId == null || eventId.isBlank()) {
      return ResponseEntity.badRequest().body("missing X-Razorpay-Event-Id");
    }
    JsonNode event;
    try {
      event = json.readTree(rawBody);
    } catch (IOException e) {
      return ResponseEntity.badRequest().body("body is not JSON");
    }
    WebhookOutcome outcome;
    try {
      outcome =
          payments.receive(
              new WebhookEvent(
                  PaymentService.RAZORPAY,
                  eventId,
                  event.path("event").asText(),
                  event.path("payload").path("payment").path("entity").path("id").asText(null),
                  new String(rawBody, StandardCharsets.UTF_8)));
    } catch (UnknownPaymentException e) {
      return ResponseEntity.unprocessableEntity().body(e.getMessage());
    }
    return ResponseEntity.ok(outcome.name());
  }
}
