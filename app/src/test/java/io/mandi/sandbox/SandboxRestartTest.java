package io.mandi.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.TestSocketUtils;

/**
 * The simulators remember what they were told across a restart, as the platforms they stand for do:
 * a payment taken before can be refunded after, shipment and AWB numbers go on, messages stay.
 */
class SandboxRestartTest {
  private static final String KEY_ID = "rzp_test";
  private static final String KEY_SECRET = "secret";
  private static final String TOKEN = "logistics-token";

  private static EmbeddedPostgres postgres;
  private static DataSource database;
  private static HttpServer merchant;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startDatabaseAndMerchant() throws IOException {
    postgres = EmbeddedPostgres.start();
    database = postgres.getPostgresDatabase();
    merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    merchant.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    merchant.start();
  }

  @AfterAll
  static void stop() throws IOException {
    merchant.stop(0);
    postgres.close();
  }

  @Test
  void aPaymentTakenBeforeARestartCanBeRefundedAfterItAndARepeatedKeyGetsTheFirstAnswer()
      throws Exception {
    int port = TestSocketUtils.findAvailableTcpPort();
    String paymentId;
    try (RazorpaySandbox gateway = gateway(port)) {
      JsonNode order =
          gatewayCall(
              port, "POST", "/v1/orders", "{\"amount\": 50000, \"currency\": \"INR\"}", null);
      paymentId =
          json.readTree(gateway.pay(order.path("id").asText()).body())
              .path("payload")
              .path("payment")
              .path("entity")
              .path("id")
              .asText();
    }

    String refundId;
    try (RazorpaySandbox restarted = gateway(port)) {
      assertThat(
              gatewayCall(port, "GET", "/v1/payments/" + paymentId, null, null)
                  .path("status")
                  .asText())
          .isEqualTo("captured");
      refundId =
          gatewayCall(
                  port,
                  "POST",
                  "/v1/payments/" + paymentId + "/refund",
                  "{\"amount\": 20000}",
                  "r-1")
              .path("id")
              .asText();
      assertThat(restarted.refundsOf(paymentId)).hasSize(1);
    }

    try (RazorpaySandbox again = gateway(port)) {
      JsonNode repeated =
          gatewayCall(
              port, "POST", "/v1/payments/" + paymentId + "/refund", "{\"amount\": 20000}", "r-1");
      assertThat(repeated.path("id").asText())
          .as("the key was answered before the restart")
          .isEqualTo(refundId);
      assertThat(again.refundsOf(paymentId)).hasSize(1);
    }
  }

  @Test
  void shipmentsAndAwbsGoOnFromWhereTheyWereAndCancelledAwbsStayCancelled() throws Exception {
    int port = TestSocketUtils.findAvailableTcpPort();
    String firstAwb;
    try (LogisticsSandbox logistics = logistics(port)) {
      firstAwb = book(port, "order-1");
      logisticsCall(
          port, "/v1/external/orders/cancel/shipment/awbs", "{\"awbs\": [\"" + firstAwb + "\"]}");
    }

    try (LogisticsSandbox restarted = logistics(port)) {
      assertThat(book(port, "order-1")).as("the same order keeps its AWB").isEqualTo(firstAwb);
      assertThat(book(port, "order-2")).as("numbering goes on").isNotEqualTo(firstAwb);
      assertThat(restarted.isCancelled(firstAwb)).isTrue();
      assertThat(restarted.bookings()).isEqualTo(2);
    }
  }

  @Test
  void messagesReceivedBeforeARestartAreStillThere() throws Exception {
    int port = TestSocketUtils.findAvailableTcpPort();
    try (WhatsAppSandbox whatsApp = new WhatsAppSandbox(port, TOKEN, store("whatsapp")).start()) {
      HttpResponse<String> sent =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v21.0/123/messages"))
                  .header("Authorization", "Bearer " + TOKEN)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"messaging_product\": \"whatsapp\", \"to\": \"919811111111\","
                              + " \"type\": \"template\", \"template\": {\"name\": \"order_confirmed\","
                              + " \"language\": {\"code\": \"en\"}, \"components\": [{\"type\": \"body\","
                              + " \"parameters\": [{\"type\": \"text\", \"text\": \"42\"}]}]}}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(sent.statusCode()).isEqualTo(200);
    }

    try (WhatsAppSandbox restarted = new WhatsAppSandbox(port, TOKEN, store("whatsapp")).start()) {
      assertThat(restarted.received())
          .singleElement()
          .satisfies(
              message -> {
                assertThat(message.template()).isEqualTo("order_confirmed");
                assertThat(message.parameters()).containsExactly("42");
              });
    }
  }

  private RazorpaySandbox gateway(int port) throws IOException {
    return new RazorpaySandbox(
            port,
            KEY_ID,
            KEY_SECRET,
            "webhook-secret",
            "http://127.0.0.1:" + merchant.getAddress().getPort() + "/webhooks/razorpay",
            store("payment-gateway"))
        .start();
  }

  private LogisticsSandbox logistics(int port) throws IOException {
    return new LogisticsSandbox(
            port,
            TOKEN,
            "webhook-secret",
            "http://127.0.0.1:" + merchant.getAddress().getPort() + "/webhooks/logistics",
            store("logistics"))
        .start();
  }

  /** A store per simulator start, on the one database: what a restarted application gets. */
  private static SandboxStore store(String platform) {
    return new JdbcSandboxStore(database, platform);
  }

  private JsonNode gatewayCall(int port, String method, String path, String body, String key)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(200);
    return json.readTree(response.body());
  }

  private String book(int port, String channelOrderId) throws Exception {
    int shipmentId =
        logisticsCall(
                port,
                "/v1/external/orders/create/adhoc",
                "{\"order_id\": \"" + channelOrderId + "\", \"weight\": 1.5}")
            .path("shipment_id")
            .asInt();
    return logisticsCall(
            port, "/v1/external/courier/assign/awb", "{\"shipment_id\": " + shipmentId + "}")
        .path("response")
        .path("data")
        .path("awb_code")
        .asText();
  }

  private JsonNode logisticsCall(int port, String path, String body) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }
}
