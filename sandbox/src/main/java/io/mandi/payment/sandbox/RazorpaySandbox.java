package io.mandi.payment.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mandi.sandbox.Documents;
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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speaks the gateway's order, payment, refund and Route transfer API on loopback (basic auth,
 * amounts in paise, Idempotency-Key honoured; transfers on hold, hold release, reversals), serves a
 * hosted checkout page, and on payment sends a {@code payment.captured} webhook signed with
 * HMAC-SHA256 to the merchant's webhook URL.
 */
public class RazorpaySandbox implements AutoCloseable {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final String expectedAuth;
  private final String webhookSecret;
  private final String webhookUrl;
  private final SandboxStore store;
  private final Documents orders;
  private final Documents payments;
  private final Documents idempotentResponses;
  private final Documents refunds;
  private final Documents transfers;
  private final RecentItems<SentWebhook> webhooks = new RecentItems<>();
  private final AtomicInteger createOrderCalls = new AtomicInteger();
  private final HttpClient http = HttpClient.newHttpClient();

  private static final String ORDER = "order";
  private static final String PAYMENT = "payment";
  private static final String REFUND = "refund";
  private static final String TRANSFER = "transfer";
  private static final String RESPONSE = "idempotent-response";

  /** A webhook as sent, so tests can deliver it again, twice, or out of order. */
  public record SentWebhook(String eventId, byte[] body, String signature) {}

  private final SandboxOutage outage = new SandboxOutage();

  public RazorpaySandbox(
      int port,
      String keyId,
      String keySecret,
      String webhookSecret,
      String webhookUrl,
      SandboxStore store)
      throws IOException {
    this.store = store;
    this.orders = new Documents(store, ORDER);
    this.payments = new Documents(store, PAYMENT);
    this.refunds = new Documents(store, REFUND);
    this.transfers = new Documents(store, TRANSFER);
    this.idempotentResponses = new Documents(store, RESPONSE);
    this.expectedAuth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((keyId + ":" + keySecret).getBytes(StandardCharsets.UTF_8));
    this.webhookSecret = webhookSecret;
    this.webhookUrl = webhookUrl;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newFixedThreadPool(
            4, Thread.ofPlatform().daemon().name("razorpay-sandbox-", 0).factory()));
  }

  public RazorpaySandbox start() {
    server.start();
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** Plays a gateway outage: API calls are answered 503 until it ends. */
  public SandboxOutage outage() {
    return outage;
  }

  public int createOrderCalls() {
    return createOrderCalls.get();
  }

  public List<SentWebhook> webhooks() {
    return webhooks.snapshot();
  }

  /** The buyer pays the whole gateway order; returns the webhook that was sent. */
  public SentWebhook pay(String gatewayOrderId) throws IOException, InterruptedException {
    Map<String, Object> order = orders.get(gatewayOrderId);
    if (order == null) {
      throw new IllegalArgumentException("No gateway order " + gatewayOrderId);
    }
    String paymentId = "pay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    Map<String, Object> payment = new LinkedHashMap<>();
    payment.put("id", paymentId);
    payment.put("entity", "payment");
    payment.put("amount", order.get("amount"));
    payment.put("currency", order.get("currency"));
    payment.put("status", "captured");
    payment.put("order_id", gatewayOrderId);
    payment.put("method", "upi");
    payments.put(paymentId, payment);
    store.save(PAYMENT, paymentId, payment);
    order.put("status", "paid");
    order.put("amount_paid", order.get("amount"));
    store.save(ORDER, gatewayOrderId, order);
    Map<String, Object> event =
        Map.of(
            "entity",
            "event",
            "event",
            "payment.captured",
            "contains",
            List.of("payment"),
            "payload",
            Map.of("payment", Map.of("entity", payment)),
            "created_at",
            System.currentTimeMillis() / 1000);
    byte[] body = json.writeValueAsBytes(event);
    SentWebhook webhook =
        new SentWebhook(
            "evt_" + paymentId, body, PlatformSignature.hmacSha256Hex(body, webhookSecret));
    webhooks.add(webhook);
    deliver(webhook);
    return webhook;
  }

  /** Sends a webhook (again) to the merchant; returns the HTTP status it answered. */
  public int deliver(SentWebhook webhook) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create(webhookUrl))
                .header("Content-Type", "application/json")
                .header("X-Razorpay-Signature", webhook.signature())
                .header("X-Razorpay-Event-Id", webhook.eventId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      if (path.startsWith("/checkout/")) {
        checkout(exchange, path.substring("/checkout/".length()), method);
        return;
      }
      if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, error("BAD_REQUEST_ERROR", "Authentication failed"));
        return;
      }
      if (outage.active()) {
        respond(exchange, 503, error("SERVER_ERROR", "The service is temporarily unavailable"));
        return;
      }
      if (method.equals("POST") && path.equals("/v1/orders")) {
        createOrder(exchange);
      } else if (method.equals("POST") && path.matches("/v1/payments/[^/]+/transfers")) {
        transfer(exchange, path.split("/")[3]);
      } else if (method.equals("PATCH") && path.matches("/v1/transfers/[^/]+")) {
        modifyHold(exchange, path.split("/")[3]);
      } else if (method.equals("POST") && path.matches("/v1/transfers/[^/]+/reversals")) {
        reverse(exchange, path.split("/")[3]);
      } else if (method.equals("POST") && path.matches("/v1/payments/[^/]+/refund")) {
        refund(exchange, path.split("/")[3]);
      } else if (method.equals("GET") && path.startsWith("/v1/payments/")) {
        Map<String, Object> payment = payments.get(path.substring("/v1/payments/".length()));
        respond(
            exchange,
            payment == null ? 404 : 200,
            payment == null
                ? error("BAD_REQUEST_ERROR", "The id provided does not exist")
                : json.writeValueAsBytes(payment));
      } else {
        respond(
            exchange,
            404,
            error("BAD_REQUEST_ERROR", "The requested URL was not found on the server."));
      }
    }
  }

  private void createOrder(HttpExchange exchange) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null && response(key) != null) {
      respond(exchange, 200, response(key));
      return;
    }
    createOrderCalls.incrementAndGet();
    JsonNode request;
    try (InputStream in = exchange.getRequestBody()) {
      request = json.readTree(in);
    }
    if (!request.path("amount").canConvertToLong() || request.path("amount").asLong() < 100) {
      respond(exchange, 400, error("BAD_REQUEST_ERROR", "The amount must be atleast INR 1.00"));
      return;
    }
    String id = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    Map<String, Object> order = new ConcurrentHashMap<>();
    order.put("id", id);
    order.put("entity", "order");
    order.put("amount", request.path("amount").asLong());
    order.put("amount_paid", 0L);
    order.put("currency", request.path("currency").asText("INR"));
    order.put("receipt", request.path("receipt").asText(""));
    order.put("status", "created");
    orders.put(id, order);
    store.save(ORDER, id, order);
    byte[] response = json.writeValueAsBytes(order);
    if (key != null) {
      rememberResponse(key, response);
    }
    respond(exchange, 200, response);
  }

  /** A transfer as the gateway knows it (amounts in paise), or null. */
  public Map<String, Object> transfer(String transferId) {
    return transfers.get(transferId);
  }

  /** Transfers made from a payment. */
  public List<Map<String, Object>> transfersOf(String paymentId) {
    return transfers.all().stream().filter(t -> paymentId.equals(t.get("source"))).toList();
  }

  private void transfer(HttpExchange exchange, String paymentId) throws IOException {
    if (replayed(exchange, "transfer:")) {
      return;
    }
    Map<String, Object> payment = payments.get(paymentId);
    JsonNode request = body(exchange).path("transfers").path(0);
    long amount = request.path("amount").asLong();
    // What was reversed may be transferred again (to the order's next vendor).
    long transferred =
        transfersOf(paymentId).stream()
            .mapToLong(
                t ->
                    ((Number) t.get("amount")).longValue()
                        - ((Number) t.get("amount_reversed")).longValue())
            .sum();
    if (payment == null || !"captured".equals(payment.get("status"))) {
      respond(exchange, 400, error("BAD_REQUEST_ERROR", "The payment has not been captured"));
      return;
    }
    if (!request.path("account").asText("").startsWith("acc_")
        || amount <= 0
        || amount + transferred > ((Number) payment.get("amount")).longValue()) {
      respond(
          exchange,
          400,
          error("BAD_REQUEST_ERROR", "Transfer amount exceeds the payment, or no linked account"));
      return;
    }
    Map<String, Object> transfer = new ConcurrentHashMap<>();
    transfer.put("id", "trf_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
    transfer.put("entity", "transfer");
    transfer.put("source", paymentId);
    transfer.put("recipient", request.path("account").asText());
    transfer.put("amount", amount);
    transfer.put("currency", "INR");
    transfer.put("amount_reversed", 0L);
    transfer.put("on_hold", request.path("on_hold").asInt() == 1);
    transfers.put((String) transfer.get("id"), transfer);
    store.save(TRANSFER, (String) transfer.get("id"), transfer);
    remember(
        exchange,
        "transfer:",
        json.writeValueAsBytes(
            Map.of("entity", "collection", "count", 1, "items", List.of(transfer))));
  }

  private void modifyHold(HttpExchange exchange, String transferId) throws IOException {
    Map<String, Object> transfer = transfers.get(transferId);
    JsonNode request = body(exchange);
    if (transfer == null) {
      respond(exchange, 404, error("BAD_REQUEST_ERROR", "The id provided does not exist"));
      return;
    }
    transfer.put("on_hold", request.path("on_hold").asInt() == 1);
    store.save(TRANSFER, transferId, transfer);
    respond(exchange, 200, json.writeValueAsBytes(transfer));
  }

  private void reverse(HttpExchange exchange, String transferId) throws IOException {
    if (replayed(exchange, "reversal:")) {
      return;
    }
    Map<String, Object> transfer = transfers.get(transferId);
    long amount = body(exchange).path("amount").asLong();
    if (transfer == null) {
      respond(exchange, 404, error("BAD_REQUEST_ERROR", "The id provided does not exist"));
      return;
    }
    long reversed = ((Number) transfer.get("amount_reversed")).longValue();
    if (amount <= 0 || amount + reversed > ((Number) transfer.get("amount")).longValue()) {
      respond(
          exchange, 400, error("BAD_REQUEST_ERROR", "The reversal exceeds the amount transferred"));
      return;
    }
    transfer.put("amount_reversed", reversed + amount);
    store.save(TRANSFER, transferId, transfer);
    Map<String, Object> reversal = new LinkedHashMap<>();
    reversal.put("id", "rvrsl_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
    reversal.put("entity", "reversal");
    reversal.put("transfer_id", transferId);
    reversal.put("amount", amount);
    reversal.put("currency", "INR");
    remember(exchange, "reversal:", json.writeValueAsBytes(reversal));
  }

  /** Answers a repeated idempotency key with the first response; true if it did. */
  private boolean replayed(HttpExchange exchange, String kind) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null && response(kind + key) != null) {
      respond(exchange, 200, response(kind + key));
      return true;
    }
    return false;
  }

  private void remember(HttpExchange exchange, String kind, byte[] response) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null) {
      rememberResponse(kind + key, response);
    }
    respond(exchange, 200, response);
  }

  /** The first answer to an idempotency key, given again for every repeat, also after a restart. */
  private void rememberResponse(String key, byte[] response) {
    Map<String, Object> document = new java.util.HashMap<>();
    document.put("body", new String(response, StandardCharsets.UTF_8));
    idempotentResponses.save(key, document);
  }

  /** The first answer given to an idempotency key, or null. */
  private byte[] response(String key) {
    Map<String, Object> document = idempotentResponses.get(key);
    return document == null
        ? null
        : ((String) document.get("body")).getBytes(StandardCharsets.UTF_8);
  }

  private JsonNode body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return json.readTree(in);
    }
  }

  /** Refunds of a payment so far, as the gateway recorded them. */
  public List<Map<String, Object>> refundsOf(String paymentId) {
    return refunds.all().stream().filter(r -> paymentId.equals(r.get("payment_id"))).toList();
  }

  private void refund(HttpExchange exchange, String paymentId) throws IOException {
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    if (key != null && response("refund:" + key) != null) {
      respond(exchange, 200, response("refund:" + key));
      return;
    }
    Map<String, Object> payment = payments.get(paymentId);
    JsonNode request;
    try (InputStream in = exchange.getRequestBody()) {
      request = json.readTree(in);
    }
    long amount = request.path("amount").asLong();
    long alreadyRefunded =
        refundsOf(paymentId).stream().mapToLong(r -> ((Number) r.get("amount")).longValue()).sum();
    if (payment == null || !"captured".equals(payment.get("status"))) {
      respond(exchange, 400, error("BAD_REQUEST_ERROR", "The payment has not been captured"));
      return;
    }
    if (amount <= 0 || amount + alreadyRefunded > ((Number) payment.get("amount")).longValue()) {
      respond(
          exchange,
          400,
          error("BAD_REQUEST_ERROR", "The refund amount exceeds the amount captured"));
      return;
    }
    String id = "rfnd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    Map<String, Object> refund = new LinkedHashMap<>();
    refund.put("id", id);
    refund.put("entity", "refund");
    refund.put("amount", amount);
    refund.put("currency", payment.get("currency"));
    refund.put("payment_id", paymentId);
    refund.put("status", "processed");
    refunds.put(id, refund);
    store.save(REFUND, id, refund);
    byte[] response = json.writeValueAsBytes(refund);
    if (key != null) {
      rememberResponse("refund:" + key, response);
    }
    respond(exchange, 200, response);
  }

  private void checkout(HttpExchange exchange, String rest, String method) throws IOException {
    String gatewayOrderId = rest.replaceAll("/pay$", "");
    Map<String, Object> order = orders.get(gatewayOrderId);
    if (order == null) {
      html(exchange, 404, "<h1>Unknown order</h1>");
      return;
    }
    String rupees = String.format("%.2f", ((Number) order.get("amount")).longValue() / 100.0);
    if (method.equals("POST") && rest.endsWith("/pay")) {
      try {
        pay(gatewayOrderId);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      html(
          exchange,
          200,
          "<h1>Payment successful</h1><p>₹"
              + rupees
              + " paid for "
              + gatewayOrderId
              + ". You can close this page and return to Mandi.</p>");
    } else if ("paid".equals(order.get("status"))) {
      html(exchange, 200, "<h1>Already paid</h1><p>" + gatewayOrderId + "</p>");
    } else {
      html(
          exchange,
          200,
          "<h1>Sandbox checkout</h1><p>Pay ₹"
              + rupees
              + " for "
              + gatewayOrderId
              + " (receipt "
              + order.get("receipt")
              + ")</p><form method='post' action='/checkout/"
              + gatewayOrderId
              + "/pay'><button type='submit'>Pay ₹"
              + rupees
              + "</button></form>");
    }
  }

  private byte[] error(String code, String description) throws IOException {
    return json.writeValueAsBytes(
        Map.of("error", Map.of("code", code, "description", description)));
  }

  private static void html(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes =
        ("<!doctype html><html><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
