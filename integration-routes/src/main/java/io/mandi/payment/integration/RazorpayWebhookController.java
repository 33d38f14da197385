package io.mandi.payment.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.integration.WebhookFields;
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

  @PostMapping(path = PATH, produces = "application/json")
  ResponseEntity<String> receive(
      @RequestBody(required = false) byte[] rawBody,
      @RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
      @RequestHeader(name = "X-Razorpay-Event-Id", required = false) String eventId) {
    byte[] body = rawBody == null ? new byte[0] : rawBody;
    if (!WebhookSignature.verify(body, signature, properties.webhookSecret())) {
      return error(401, "invalid signature");
    }
    String problem = WebhookFields.identifierProblem("X-Razorpay-Event-Id", eventId, 200);
    if (problem != null) {
      return error(400, problem);
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
    String type = event.path("event").asText("");
    String paymentId = event.path("payload").path("payment").path("entity").path("id").asText(null);
    problem = WebhookFields.identifierProblem("event", type, 100);
    if (problem == null && paymentId != null) {
      problem = WebhookFields.identifierProblem("payment id", paymentId, 100);
    }
    if (problem != null) {
      return error(400, problem);
    }
    WebhookOutcome outcome;
    try {
      outcome =
          payments.receive(
              new WebhookEvent(
                  PaymentService.RAZORPAY,
                  eventId,
                  type,
                  paymentId,
                  new String(body, StandardCharsets.UTF_8)));
    } catch (UnknownPaymentException e) {
      return error(422, e.getMessage());
    }
    return ResponseEntity.ok("{\"outcome\":\"" + outcome.name() + "\"}");
  }

  private static ResponseEntity<String> error(int status, String message) {
    return ResponseEntity.status(status).body("{\"error\":\"" + message + "\"}");
  }
}
