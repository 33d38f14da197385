package io.mandi.integration;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.apache.camel.Exchange;

/** The JSON answers of the inbound routes: {@code {"outcome":...}} or {@code {"error":...}}. */
public final class WebhookReplies {
  private WebhookReplies() {}

  public static void outcome(Exchange exchange, String outcome) {
    reply(exchange, 200, "{\"outcome\":\"" + quoted(outcome) + "\"}");
  }

  public static void error(Exchange exchange, int status, String message) {
    reply(exchange, status, errorJson(message));
  }

  /** The body of every refusal at the webhook edge, from the routes and the servlet filters. */
  public static String errorJson(String message) {
    return "{\"error\":\"" + quoted(message) + "\"}";
  }

  private static void reply(Exchange exchange, int status, String json) {
    exchange.getMessage().removeHeaders("*");
    exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    exchange.getMessage().setBody(json);
  }

  private static String quoted(String text) {
    return new String(JsonStringEncoder.getInstance().quoteAsString(String.valueOf(text)));
  }
}
