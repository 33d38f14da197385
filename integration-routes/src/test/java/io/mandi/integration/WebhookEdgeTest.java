package io.mandi.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.mandi.inbound.InboundMessages;
import io.mandi.logistics.ShipmentService;
import io.mandi.payment.PaymentService;
import io.mandi.payment.UnknownPaymentException;
import io.mandi.payment.WebhookOutcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Forged, malformed, oversized, NUL-carrying and over-long webhooks are refused at the edge with a
 * specific 4xx, and the services behind it are never called, so nothing is stored.
 */
@SpringBootTest(
    classes = WebhookEdgeTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "mandi.sandbox.enabled=false",
      "mandi.payment-gateway.base-url=http://127.0.0.1:9",
      "mandi.payment-gateway.key-id=k",
      "mandi.payment-gateway.key-secret=s",
      "mandi.payment-gateway.webhook-secret=pay-secret",
      "mandi.logistics.base-url=http://127.0.0.1:9",
      "mandi.logistics.api-token=t",
      "mandi.logistics.webhook-secret=track-secret"
    })
class WebhookEdgeTest {
  static final String CAPTURED =
      "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_1\"}}}}";

  @LocalServerPort int port;
  @MockitoBean PaymentService payments;
  @MockitoBean ShipmentService shipments;
  @MockitoBean InboundMessages inbound;
  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> payment(byte[] body, String eventId) throws Exception {
    return post(
        "/webhooks/razorpay",
        body,
        "X-Razorpay-Signature",
        WebhookSignature.sign(body, "pay-secret"),
        "X-Razorpay-Event-Id",
        eventId);
  }

  private HttpResponse<String> tracking(String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return post(
        "/webhooks/logistics",
        body,
        "X-Webhook-Signature",
        WebhookSignature.sign(body, "track-secret"));
  }

  @Test
  void aForgedSignatureIs401() throws Exception {
    byte[] body = CAPTURED.getBytes(StandardCharsets.UTF_8);
    var response =
        post(
            "/webhooks/razorpay",
            body,
            "X-Razorpay-Signature",
            WebhookSignature.sign(body, "guessed-secret"),
            "X-Razorpay-Event-Id",
            "evt_1");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("invalid signature");
    verifyNoInteractions(payments);
  }

  @Test
  void malformedBodiesAre400() throws Exception {
    assertThat(payment("{not json".getBytes(StandardCharsets.UTF_8), "evt_2").statusCode())
        .isEqualTo(400);
    assertThat(payment("[1,2]".getBytes(StandardCharsets.UTF_8), "evt_3").statusCode())
        .isEqualTo(400);
    assertThat(payment(new byte[0], "evt_4").statusCode()).isEqualTo(400);
    verifyNoInteractions(payments);
  }

  @Test
  void anOversizedBodyIs413BeforeItIsRead() throws Exception {
    byte[] huge = new byte[WebhookBodyLimitFilter.MAX_BODY_BYTES + 1];
    Arrays.fill(huge, (byte) 'x');

    var response = payment(huge, "evt_5");

    assertThat(response.statusCode()).isEqualTo(413);
    verifyNoInteractions(payments);
  }

  @Test
  void aNulByteInTheBodyOrInAValueIs400() throws Exception {
    byte[] raw = (CAPTURED + "\0").getBytes(StandardCharsets.UTF_8);
    assertThat(payment(raw, "evt_6").statusCode()).isEqualTo(400);

    String escaped = CAPTURED.replace("pay_1", "pay_\\u0000x");
    var response = payment(escaped.getBytes(StandardCharsets.UTF_8), "evt_7");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("payment id");
    verifyNoInteractions(payments);
  }

  @Test
  void aBodyDeclaredAsAFormIs415() throws Exception {
    byte[] body = CAPTURED.getBytes(StandardCharsets.UTF_8);
    var response =
        post(
            "/webhooks/razorpay",
            body,
            "Content-Type",
            "application/x-www-form-urlencoded",
            "X-Razorpay-Signature",
            WebhookSignature.sign(body, "pay-secret"),
            "X-Razorpay-Event-Id",
            "evt_form");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).contains("application/json");
    verifyNoInteractions(payments);
  }

  @Test
  void anAddressNoRouteServesIs404NotThePortalsPage() throws Exception {
    var response = post("/webhooks/nope", "{}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"no webhook at this address\"}");
  }

  @Test
  void anOverLongEventIdIs400() throws Exception {
    var response = payment(CAPTURED.getBytes(StandardCharsets.UTF_8), "e".repeat(201));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("longer than 200");
    verifyNoInteractions(payments);
  }

  @Test
  void anEventIsHandedOnOnceAndRecordedOnlyAfterItWasHandled() throws Exception {
    when(payments.receive(any())).thenReturn(WebhookOutcome.PROCESSED);

    var first = payment(CAPTURED.getBytes(StandardCharsets.UTF_8), "evt_once");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("PROCESSED");
    verify(payments, times(1)).receive(any());
    verify(inbound, timeout(5000)).recordHandled("razorpay", "evt_once");

    when(inbound.handled("razorpay", "evt_once")).thenReturn(true); // as PostgreSQL now says
    var replay = payment(CAPTURED.getBytes(StandardCharsets.UTF_8), "evt_once");

    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("DUPLICATE");
    verify(payments, times(1)).receive(any());
  }

  @Test
  void aFailureBehindTheEdgeIs503AndTheEventIsNotRecordedSoItsReplayIsHandled() throws Exception {
    when(payments.receive(any())).thenThrow(new IllegalStateException("database down"));

    var response = payment(CAPTURED.getBytes(StandardCharsets.UTF_8), "evt_503");

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).doesNotContain("database down");
    verify(inbound, never()).recordHandled(anyString(), anyString());
  }

  @Test
  void aPaymentTheGatewayDoesNotKnowIs422() throws Exception {
    when(payments.receive(any())).thenThrow(new UnknownPaymentException("no payment pay_1"));

    var response = payment(CAPTURED.getBytes(StandardCharsets.UTF_8), "evt_8");

    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.body()).contains("no payment pay_1");
    verify(inbound, never()).recordHandled(anyString(), anyString());
  }

  @Test
  void badTrackingValuesAre400() throws Exception {
    String event =
        "{\"event_id\":\"trk_1\",\"awb\":\"%s\",\"current_status\":\"DELIVERED\","
            + "\"location\":\"%s\",\"current_timestamp\":\"2026-12-01T10:00:00+05:30\"}";

    assertThat(tracking(event.formatted("1".repeat(41), "Pune")).statusCode()).isEqualTo(400);
    assertThat(tracking(event.formatted("AWB1", "Pune\\u0007")).statusCode()).isEqualTo(400);
    assertThat(tracking(event.formatted("AWB 1; drop", "Pune")).statusCode()).isEqualTo(400);
    verifyNoInteractions(shipments);
  }
}
