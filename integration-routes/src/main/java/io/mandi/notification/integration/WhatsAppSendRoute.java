package io.mandi.notification.integration;

import io.mandi.integration.HttpCallPolicy;
import io.mandi.notification.OutgoingMessage;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Sends a template message: POST /{version}/{phone-number-id}/messages with a bearer token. Server
 * errors, throttling and connection failures are retried with exponential back-off; a client error
 * (bad number, bad template) is final, since sending it again cannot succeed.
 */
@Component
class WhatsAppSendRoute extends RouteBuilder {
  static final String CALL_POLICY = "whatsapp-calls";
  static final String ENDPOINT = "direct:notification-whatsapp-send";
  static final String ROUTE_ID = "notification-whatsapp-send";

  private final WhatsAppProperties properties;

  WhatsAppSendRoute(WhatsAppProperties properties) {
    this.properties = properties;
  }

  /** The shared retry policy, with this platform's budget (see {@link HttpCallPolicy}). */
  @Bean
  HttpCallPolicy whatsAppSendRouteCallPolicy() {
    return new HttpCallPolicy(
        CALL_POLICY, properties.maxRedeliveries(), properties.redeliveryDelay());
  }

  @Override
  public void configure() {
    from(ENDPOINT)
        .routeId(ROUTE_ID)
        .routeConfigurationId(CALL_POLICY)
        .process(
            exchange ->
                exchange
                    .getMessage()
                    .setBody(requestBody(exchange.getMessage().getBody(OutgoingMessage.class))))
        .id("whatsapp-build-request")
        .marshal()
        .json(JsonLibrary.Jackson)
        .removeHeaders("*")
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Authorization", constant("Bearer " + properties.accessToken()))
        .to(properties.messagesUrl())
        .id("whatsapp-post-message")
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class)
        .setBody(simple("${body[messages][0][id]}"))
        .id("whatsapp-read-message-id");
  }

  /** The Cloud API's template message shape. */
  static Map<String, Object> requestBody(OutgoingMessage message) {
    List<Map<String, String>> parameters =
        message.bodyParameters().stream()
            .map(text -> Map.of("type", "text", "text", text))
            .toList();
    return Map.of(
        "messaging_product", "whatsapp",
        "recipient_type", "individual",
        "to", message.recipientPhone().replace("+", ""),
        "type", "template",
        "template",
            Map.of(
                "name", message.template(),
                "language", Map.of("code", message.languageCode()),
                "components", List.of(Map.of("type", "body", "parameters", parameters))));
  }
}
