package io.mandi.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mandi.inbound.InboundMessages;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * One platform's inbound webhook route on the application's port: the signature over the raw bytes
 * (constant-time), the event read and checked by the platform's subclass, Camel's idempotent
 * consumer on the PostgreSQL inbound message log, then the hand-off to the capability. Refusals
 * become their 4xx through the {@code webhook-edge} route configuration.
 *
 * <p>Route id {@code <name>-webhook-in}; node ids {@code <name>-verify-and-read}, {@code
 * <name>-once-per-event}, {@code <name>-duplicate}, {@code <name>-hand-off}.
 *
 * @param <E> the event as the capability takes it
 */
public abstract class WebhookRouteBuilder<E> extends RouteBuilder {
  /** The exchange property that carries the event read from the body. */
  public static final String EVENT = "mandi.webhookEvent";

  private static final String EVENT_ID = "mandi.webhookEventId";
  private static final String DUPLICATE = "DUPLICATE";

  private final ObjectMapper json = new ObjectMapper();
  private final String name;
  private final String path;
  private final String signatureHeader;
  private final String webhookSecret;
  private final Class<E> eventType;
  private final InboundMessageRepository handled;

  /**
   * @param name the platform's short name in route and node ids
   * @param source the platform's name in the inbound message log
   */
  protected WebhookRouteBuilder(
      String name,
      String source,
      String path,
      String signatureHeader,
      String webhookSecret,
      Class<E> eventType,
      InboundMessages inbound) {
    this.name = name;
    this.path = path;
    this.signatureHeader = signatureHeader;
    this.webhookSecret = webhookSecret;
    this.eventType = eventType;
    this.handled = new InboundMessageRepository(source, inbound);
  }

  /** Reads and checks the event; a bad value is a {@link WebhookRejected}. */
  protected abstract E read(Exchange exchange, JsonNode body, byte[] rawBody);

  protected abstract String eventId(E event);

  /** Hands the event to its capability; returns the outcome named in the answer. */
  protected abstract String handOff(E event);

  @Override
  public final void configure() {
    from("platform-http:" + path + "?httpMethodRestrict=POST")
        .routeId(name + "-webhook-in")
        .routeConfigurationId(WebhookEdgeConfiguration.ID)
        .process(this::verifyAndRead)
        .id(name + "-verify-and-read")
        .idempotentConsumer(exchangeProperty(EVENT_ID), handled)
        .eager(false) // recorded only once handled...
        .completionEager(true) // ...and before the answer goes back, so a replay sees it
        .skipDuplicate(false)
        .id(name + "-once-per-event")
        .choice()
        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
        .process(exchange -> WebhookReplies.outcome(exchange, DUPLICATE))
        .id(name + "-duplicate")
        .otherwise()
        .process(
            exchange ->
                WebhookReplies.outcome(exchange, handOff(exchange.getProperty(EVENT, eventType))))
        .id(name + "-hand-off")
        .end()
        .end();
  }

  private void verifyAndRead(Exchange exchange) {
    byte[] body = exchange.getIn().getBody(byte[].class);
    if (body == null) {
      body = new byte[0];
    }
    String signature = exchange.getIn().getHeader(signatureHeader, String.class);
    if (!WebhookSignature.verify(body, signature, webhookSecret)) {
      throw new WebhookRejected(401, "invalid signature");
    }
    JsonNode parsed;
    try {
      parsed = json.readTree(body);
    } catch (IOException e) {
      throw new WebhookRejected(400, "body is not JSON");
    }
    if (parsed == null || !parsed.isObject()) {
      throw new WebhookRejected(400, "body is not a JSON object");
    }
    E event = read(exchange, parsed, body);
    exchange.setProperty(EVENT, event);
    exchange.setProperty(EVENT_ID, eventId(event));
  }

  protected static void refuseIfBad(String problem) {
    if (problem != null) {
      throw new WebhookRejected(400, problem);
    }
  }
}
