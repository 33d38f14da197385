package io.mandi.logistics.integration;

import io.mandi.integration.HttpApiRouteBuilder;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Posts JSON to the logistics API with the bearer token. Server errors are retried with back-off;
 * client errors are final.
 */
@Component
class LogisticsRoutes extends HttpApiRouteBuilder {
  static final String POST = "direct:logistics-post";
  static final String PATH = "logisticsPath";

  private final LogisticsProperties properties;

  LogisticsRoutes(LogisticsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void configure() {
    retryServerErrorsOnly(properties.maxRedeliveries(), properties.redeliveryDelay());

    String api = properties.baseUrl().replaceAll("/+$", "");
    from(POST)
        .routeId("logistics-post")
        .marshal()
        .json(JsonLibrary.Jackson)
        .removeHeaders("*", PATH)
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Authorization", constant("Bearer " + properties.apiToken()))
        .toD(api + "${header." + PATH + "}")
        .id("logistics-http-post")
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class);
  }
}
