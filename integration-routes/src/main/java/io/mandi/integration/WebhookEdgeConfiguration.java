package io.mandi.integration;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The error policy every inbound webhook route shares: a refusal becomes its specific 4xx; any
 * other failure (the database is down) becomes 503, so the platform sends the event again later.
 */
@Component
public class WebhookEdgeConfiguration extends RouteConfigurationBuilder {
  public static final String ID = "webhook-edge";

  @Override
  public void configuration() {
    routeConfiguration(ID)
        .onException(WebhookRejected.class)
        .handled(true)
        .process(
            exchange -> {
              WebhookRejected rejected =
                  exchange.getProperty(Exchange.EXCEPTION_CAUGHT, WebhookRejected.class);
              WebhookReplies.error(exchange, rejected.status(), rejected.getMessage());
            })
        .end()
        .onException(Exception.class)
        .handled(true)
        .log(
            org.apache.camel.LoggingLevel.WARN,
            "Webhook ${routeId} failed, the platform will send it again: ${exception.message}")
        .process(
            exchange ->
                WebhookReplies.error(exchange, 503, "temporarily unavailable, send it again"))
        .end();
  }
}
