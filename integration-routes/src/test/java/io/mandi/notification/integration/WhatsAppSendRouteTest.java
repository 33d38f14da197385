package io.mandi.notification.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.notification.NotificationFailedException;
import io.mandi.notification.Notifier;
import io.mandi.notification.OutgoingMessage;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.notification.sandbox.WhatsAppSandbox.ReceivedMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

/** The route against the sandbox over real HTTP on loopback. */
@SpringBootTest(
    classes = RoutesTestApplication.class,
    properties = {
      "mandi.sandbox.enabled=true",
      "mandi.whatsapp.phone-number-id=106540352242922",
      "mandi.whatsapp.access-token=sandbox-token",
      "mandi.whatsapp.max-redeliveries=3",
      "mandi.whatsapp.redelivery-delay=PT0.01S",
      "mandi.sandbox.payment-gateway.port=0",
      "mandi.sandbox.payment-gateway.webhook-url=http://127.0.0.1:9/unused",
      "mandi.payment-gateway.key-id=k",
      "mandi.payment-gateway.key-secret=s",
      "mandi.payment-gateway.webhook-secret=w",
      "mandi.sandbox.logistics.port=0",
      "mandi.sandbox.logistics.webhook-url=http://127.0.0.1:9/unused",
      "mandi.logistics.api-token=t",
      "mandi.logistics.webhook-secret=w"
    })
class WhatsAppSendRouteTest {
  static final int PORT = TestSocketUtils.findAvailableTcpPort();
  static final OutgoingMessage CONFIRMED =
      new OutgoingMessage(
          "+919811111111", "order_confirmed", "en", List.of("Asha Stores", "42", "₹540.00"));

  @DynamicPropertySource
  static void sandboxAddress(DynamicPropertyRegistry registry) {
    registry.add("mandi.sandbox.whatsapp.port", () -> PORT);
    registry.add("mandi.whatsapp.base-url", () -> "http://127.0.0.1:" + PORT);
  }

  @Autowired Notifier notifier;
  @Autowired WhatsAppSandbox sandbox;

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void sendsATemplateMessageInTheCloudApiShape() {
    String messageId = notifier.send(CONFIRMED);

    assertThat(sandbox.received())
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.id()).isEqualTo(messageId).startsWith("wamid.");
              assertThat(message.phoneNumberId()).isEqualTo("106540352242922");
              assertThat(message.to()).isEqualTo("919811111111");
              assertThat(message.template()).isEqualTo("order_confirmed");
              assertThat(message.languageCode()).isEqualTo("en");
              assertThat(message.parameters()).containsExactly("Asha Stores", "42", "₹540.00");
            });
  }

  @Test
  void transientFailuresAreRetriedUntilDelivered() {
    sandbox.failNext(2, 503);

    notifier.send(CONFIRMED);

    assertThat(sandbox.requestCount()).isEqualTo(3);
    assertThat(sandbox.received()).hasSize(1);
  }

  @Test
  void aLastingOutageEndsInAClearFailureAfterTheRetries() {
    sandbox.failNext(10, 500);

    assertThatThrownBy(() -> notifier.send(CONFIRMED))
        .isInstanceOf(NotificationFailedException.class)
        .hasMessageContaining("statusCode: 500");
    assertThat(sandbox.requestCount()).isEqualTo(4); // first attempt + 3 redeliveries
    assertThat(sandbox.received()).isEmpty();
  }

  @Test
  void aClientErrorIsNotRetried() {
    OutgoingMessage badNumber = new OutgoingMessage("12", "order_confirmed", "en", List.of("x"));

    assertThatThrownBy(() -> notifier.send(badNumber))
        .isInstanceOf(NotificationFailedException.class)
        .hasMessageContaining("statusCode: 400");
    assertThat(sandbox.requestCount()).isEqualTo(1);
  }

  @Test
  void theSandboxRefusesAWrongToken() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/v21.0/1/messages"))
                    .header("Authorization", "Bearer wrong")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("Invalid OAuth access token");
    assertThat(sandbox.received()).extracting(ReceivedMessage::id).isEmpty();
  }
}
