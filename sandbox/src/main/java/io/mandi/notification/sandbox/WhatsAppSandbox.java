package io.mandi.notification.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.mandi.sandbox.RecentItems;
import io.mandi.sandbox.SandboxStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaks the WhatsApp Cloud API's send-message endpoint on loopback: checks the bearer token and
 * the template message shape, answers like Meta does, and keeps every accepted message so that
 * people (GET /sandbox/messages) and tests can see what was sent.
 */
public class WhatsAppSandbox implements AutoCloseable {
  private static final Pattern MESSAGES_PATH =
      Pattern.compile("^/(v\\d+\\.\\d+)/([^/]+)/messages$");

  private final ObjectMapper json =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private final String accessToken;
  private static final String MESSAGE = "message";

  private final SandboxStore store;
  private final RecentItems<ReceivedMessage> received = new RecentItems<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger failuresToInject = new AtomicInteger();
  private volatile int injectedStatus = 503;
  private final HttpServer server;

  public WhatsAppSandbox(int port, String accessToken, SandboxStore store) throws IOException {
    this.accessToken = accessToken;
    this.store = store;
    store.load(MESSAGE).values().forEach(message -> received.add(ReceivedMessage.of(message)));
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newFixedThreadPool(
            2, Thread.ofPlatform().daemon().name("whatsapp-sandbox-", 0).factory()));
  }

  public WhatsAppSandbox start() {
    server.start();
    return this;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public List<ReceivedMessage> received() {
    return received.snapshot();
  }

  /** Every request that reached the sandbox, accepted or not. */
  public int requestCount() {
    return requests.get();
  }

  /** Answers the next {@code count} requests with {@code status}, as an outage would. */
  public void failNext(int count, int status) {
    injectedStatus = status;
    failuresToInject.set(count);
  }

  public void reset() {
    received.clear();
    requests.set(0);
    failuresToInject.set(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (exchange.getRequestMethod().equals("GET")
          && exchange.getRequestURI().getPath().equals("/sandbox/messages")) {
        respond(exchange, 200, json.writeValueAsBytes(received.snapshot()));
        return;
      }
      requests.incrementAndGet();
      Matcher path = MESSAGES_PATH.matcher(exchange.getRequestURI().getPath());
      if (!exchange.getRequestMethod().equals("POST") || !path.matches()) {
        respond(exchange, 404, error("Unsupported request", 100));
        return;
      }
      if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        respond(exchange, injectedStatus, error("Service temporarily unavailable", 2));
        return;
      }
      if (!("Bearer " + accessToken)
          .equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        respond(exchange, 401, error("Invalid OAuth access token", 190));
        return;
      }
      JsonNode body;
      try (InputStream in = exchange.getRequestBody()) {
        body = json.readTree(in);
      }
      String problem = problemWith(body);
      if (problem != null) {
        respond(exchange, 400, error(problem, 100));
        return;
      }
      String messageId = "wamid." + UUID.randomUUID().toString().replace("-", "");
      ReceivedMessage message =
          new ReceivedMessage(
              messageId,
              path.group(2),
              body.path("to").asText(),
              body.path("template").path("name").asText(),
              body.path("template").path("language").path("code").asText(),
              parameters(body),
              Instant.now());
      store.save(MESSAGE, messageId, message.asDocument());
      received.add(message);
      respond(
          exchange,
          200,
          json.writeValueAsBytes(
              Map.of(
                  "messaging_product", "whatsapp",
                  "contacts",
                      List.of(
                          Map.of(
                              "input",
                              body.path("to").asText(),
                              "wa_id",
                              body.path("to").asText())),
                  "messages", List.of(Map.of("id", messageId)))));
    }
  }

  private static String problemWith(JsonNode body) {
    if (!"whatsapp".equals(body.path("messaging_product").asText())) {
      return "(#100) The parameter messaging_product is required.";
    }
    if (!body.path("to").asText().matches("\\d{8,15}")) {
      return "(#100) Invalid parameter: to";
    }
    if (!"template".equals(body.path("type").asText())) {
      return "(#131047) Only template messages can start a conversation";
    }
    if (body.path("template").path("name").asText().isBlank()
        || body.path("template").path("language").path("code").asText().isBlank()) {
      return "(#132000) Template name and language are required";
    }
    return null;
  }

  private static List<String> parameters(JsonNode body) {
    List<String> values = new ArrayList<>();
    for (JsonNode component : body.path("template").path("components")) {
      for (JsonNode parameter : component.path("parameters")) {
        values.add(parameter.path("text").asText());
      }
    }
    return values;
  }

  private byte[] error(String message, int code) throws IOException {
    return json.writeValueAsBytes(
        Map.of(
            "error",
            Map.of(
                "message",
                message,
                "type",
                "OAuthException",
                "code",
                code,
                "fbtrace_id",
                "sandbox")));
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** A message the sandbox accepted, as the recipient would get it. */
  public record ReceivedMessage(
      String id,
      String phoneNumberId,
      String to,
      String template,
      String languageCode,
      List<String> parameters,
      Instant receivedAt) {

    Map<String, Object> asDocument() {
      return Map.of(
          "id", id,
          "phoneNumberId", phoneNumberId,
          "to", to,
          "template", template,
          "languageCode", languageCode,
          "parameters", parameters,
          "receivedAt", receivedAt.toString());
    }

    @SuppressWarnings("unchecked")
    static ReceivedMessage of(Map<String, Object> document) {
      return new ReceivedMessage(
          (String) document.get("id"),
          (String) document.get("phoneNumberId"),
          (String) document.get("to"),
          (String) document.get("template"),
          (String) document.get("languageCode"),
          List.copyOf((List<String>) document.get("parameters")),
          Instant.parse((String) document.get("receivedAt")));
    }
  }
}
