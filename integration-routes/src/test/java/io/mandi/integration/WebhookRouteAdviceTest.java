package io.mandi.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.mandi.inbound.InboundMessages;
import io.mandi.logistics.ShipmentService;
import io.mandi.payment.PaymentService;
import io.mandi.payment.WebhookEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The payment webhook route with its hand-off node replaced by a mock endpoint, found by the node's
 * id: what passes the edge reaches the hand-off once, with the event read from the raw body; what
 * does not pass never reaches it.
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
@DirtiesContext // the route is changed for this test class only
class WebhookRouteAdviceTest {
  static final String ROUTE_ID = "razorpay-webhook-in";
  static final String HAND_OFF = "razorpay-hand-off";
  static final String CAPTURED =
      "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_7\"}}}}";

  @LocalServerPort int port;
  @Autowired CamelContext camel;
  @MockitoBean PaymentService payments;
  @MockitoBean ShipmentService shipments;
  @MockitoBean InboundMessages inbound;
  final HttpClient http = HttpClient.newHttpClient();
  MockEndpoint handOff;

  @BeforeEach
  void replaceTheHandOffById() throws Exception {
    if (camel.hasEndpoint("mock:hand-off") == null) {
      AdviceWith.adviceWith(
          camel, ROUTE_ID, route -> route.weaveById(HAND_OFF).replace().to("mock:hand-off"));
    }
    handOff = camel.getEndpoint("mock:hand-off", MockEndpoint.class);
    handOff.reset();
  }

  private int post(byte[] body, String signature, String eventId) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/razorpay"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("X-Razorpay-Signature", signature)
            .header("X-Razorpay-Event-Id", eventId)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void aSignedEventReachesTheHandOffOnceWithTheEventReadFromTheRawBody() throws Exception {
    byte[] body = CAPTURED.getBytes(StandardCharsets.UTF_8);

    assertThat(post(body, WebhookSignature.sign(body, "pay-secret"), "evt_advice")).isEqualTo(200);

    assertThat(handOff.getReceivedCounter()).isEqualTo(1);
    WebhookEvent event =
        handOff
            .getReceivedExchanges()
            .getFirst()
            .getProperty(WebhookRouteBuilder.EVENT, WebhookEvent.class);
    assertThat(event.eventId()).isEqualTo("evt_advice");
    assertThat(event.paymentId()).isEqualTo("pay_7");
    assertThat(event.rawBody()).isEqualTo(CAPTURED);
  }

  @Test
  void forgedAndReplayedEventsNeverReachTheHandOff() throws Exception {
    byte[] body = CAPTURED.getBytes(StandardCharsets.UTF_8);
    when(inbound.handled(PaymentService.RAZORPAY, "evt_seen")).thenReturn(true);

    assertThat(post(body, "0".repeat(64), "evt_forged")).isEqualTo(401);
    assertThat(post(body, WebhookSignature.sign(body, "pay-secret"), "evt_seen")).isEqualTo(200);

    assertThat(handOff.getReceivedCounter()).isZero();
    verifyNoInteractions(payments);
  }
}
