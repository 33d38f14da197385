package io.mandi.logistics.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mandi.sandbox.PlatformSignature;
import io.mandi.sandbox.RecentItems;
import io.mandi.sandbox.SandboxOutage;
import io.mandi.sandbox.SandboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speaks the logistics platform's shipment API on loopback (bearer token; create order, assign AWB,
 * generate label, cancel by AWB; a repeated channel order id returns the first shipment) and plays
 * the courier: {@code POST /sandbox/shipments/{awb}/{status}} sends a signed tracking webhook.
 */
public class LogisticsSandbox implements AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final String token;
  private final String webhookSecret;
  private final String webhookUrl;
  private final String baseUrl;
  private static final String SHIPMENT = "shipment";
  private static final String CANCELLED = "cancelled-awb";

  private final SandboxStore store;
  private final Map<String, Integer> shipmentsByChannelOrder = new ConcurrentHashMap<>();
  private final Map<Integer, String> awbs = new ConcurrentHashMap<>();
  private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
  private final RecentItems<SentWebhook> webhooks = new RecentItems<>();
  private final AtomicInteger nextShipment = new AtomicInteger(1000);
  private final HttpClient http = HttpClient.newHttpClient();

  /** A tracking webhook as sent, so tests can deliver it again or out of order. */
  public record SentWebhook(byte[] body, String signature) {}

  private final SandboxOutage outage = new SandboxOutage();

  public LogisticsSandbox(
      int port, String token, String webhookSecret, String webhookUrl, SandboxStore store)
      throws IOException {
    this.store = store;
    // What the platform booked before a restart is still booked, and numbering goes on from it.
    store
        .load(SHIPMENT)
        .forEach(
            (id, shipment) -> {
              int shipmentId = Integer.parseInt(id);
              shipmentsByChannelOrder.put((String) shipment.get("channel_order_id"), shipmentId);
              if (shipment.get("awb") instanceof String awb) {
                awbs.put(shipmentId, awb);
              }
              nextShipment.accumulateAndGet(shipmentId, Math::max);
            });
    cancelled.addAll(store.load(CANCELLED).keySet());
    this.token = token;
    this.webhookSecret = webhookSecret;
    this.webhookUrl = webhookUrl;
    this.baseUrl = "http://127.0.0.1:" + port;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newFixedThreadPool(
            4, Thread.ofPlatform().daemon().name("logistics-sandbox-", 0).factory()));
  }

  public LogisticsSandbox start() {
    server.start();
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Plays a courier outage: API calls are answered 503 until it ends. */
  public SandboxOutage outage() {
    return outage;
  }

  /** Shipments created (a repeated channel order id is not counted twice). */
  public int bookings() {
    return shipmentsByChannelOrder.size();
  }

  public boolean isCancelled(String awb) {
    return cancelled.contains(awb);
  }

  public List<SentWebhook> webhooks() {
    return webhooks.snapshot();
  }

  /** The courier reports a status ("PICKED UP", "IN TRANSIT", "DELIVERED"); returns the answer. */
  public int track(String awb, String status) {
    try {
      byte[] body =
          json.writeValueAsBytes(
              Map.of(
                  "event_id",
                  "evt_" + UUID.randomUUID(),
                  "awb",
                  awb,
                  "current_status",
                  status,
                  "current_timestamp",
                  OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).toString(),
                  "location",
                  "Sandbox hub"));
      SentWebhook webhook =
          new SentWebhook(body, PlatformSignature.hmacSha256Hex(body, webhookSecret));
      webhooks.add(webhook);
      return deliver(webhook);
    } catch (IOException e) {
      throw new IllegalStateException("Could not send the tracking webhook", e);
    }
  }

  /** Sends a webhook (again) to the merchant; returns the HTTP status it answered. */
  public int deliver(SentWebhook webhook) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(webhookUrl))
                  .header("Content-Type", "application/json")
                  .header("X-Webhook-Signature", webhook.signature())
                  .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("The merchant's webhook URL did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/sandbox/shipments/") && "POST".equals(exchange.getRequestMethod())) {
        String[] parts = path.split("/");
        int status = track(parts[3], java.net.URLDecoder.decode(parts[4], StandardCharsets.UTF_8));
        respond(exchange, 200, Map.of("merchant_status", status));
        return;
      }
      if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, Map.of("message", "Token is invalid"));
        return;
      }
      if (outage.active()) {
        respond(exchange, 503, Map.of("message", "Service temporarily unavailable"));
        return;
      }
      JsonNode body;
      try (InputStream in = exchange.getRequestBody()) {
        body = json.readTree(in.readAllBytes());
      }
      switch (path) {
        case "/v1/external/orders/create/adhoc" -> createOrder(exchange, body);
        case "/v1/external/courier/assign/awb" -> assignAwb(exchange, body);
        case "/v1/external/courier/generate/label" ->
            respond(
                exchange,
                200,
                Map.of(
                    "label_created",
                    1,
                    "label_url",
                    baseUrl + "/labels/" + body.path("shipment_id").path(0).asText() + ".pdf"));
        case "/v1/external/orders/cancel/shipment/awbs" -> {
          body.path("awbs")
              .forEach(
                  awb -> {
                    cancelled.add(awb.asText());
                    store.save(CANCELLED, awb.asText(), Map.of());
                  });
          respond(exchange, 200, Map.of("message", "Bulk Shipment cancellation is in progress"));
        }
        default -> respond(exchange, 404, Map.of("message", "No route for " + path));
      }
    } catch (RuntimeException e) {
      respond(exchange, 400, Map.of("message", String.valueOf(e.getMessage())));
    }
  }

  private void createOrder(HttpExchange exchange, JsonNode body) throws IOException {
    String channelOrderId = body.path("order_id").asText("");
    if (channelOrderId.isBlank() || body.path("weight").asDouble(0) <= 0) {
      respond(exchange, 422, Map.of("message", "order_id and a weight above 0 are required"));
      return;
    }
    int shipmentId =
        shipmentsByChannelOrder.computeIfAbsent(
            channelOrderId,
            id -> {
              int created = nextShipment.incrementAndGet();
              store.save(SHIPMENT, String.valueOf(created), Map.of("channel_order_id", id));
              return created;
            });
    respond(
        exchange,
        200,
        Map.of(
            "order_id",
            "SR" + shipmentId,
            "shipment_id",
            shipmentId,
            "channel_order_id",
            channelOrderId,
            "status",
            "NEW"));
  }

  private void assignAwb(HttpExchange exchange, JsonNode body) throws IOException {
    int shipmentId = body.path("shipment_id").asInt();
    if (!shipmentsByChannelOrder.containsValue(shipmentId)) {
      respond(exchange, 404, Map.of("message", "Unknown shipment " + shipmentId));
      return;
    }
    String awb =
        awbs.computeIfAbsent(
            shipmentId,
            id -> {
              String assigned = "1900" + id;
              store.save(
                  SHIPMENT,
                  String.valueOf(id),
                  Map.of("channel_order_id", channelOrderOf(id), "awb", assigned));
              return assigned;
            });
    respond(
        exchange,
        200,
        Map.of(
            "awb_assign_status",
            1,
            "response",
            Map.of(
                "data",
                Map.of(
                    "awb_code", awb,
                    "courier_name", "Delhivery Surface",
                    "shipment_id", shipmentId))));
  }

  private String channelOrderOf(int shipmentId) {
    return shipmentsByChannelOrder.entrySet().stream()
        .filter(entry -> entry.getValue() == shipmentId)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private void respond(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
