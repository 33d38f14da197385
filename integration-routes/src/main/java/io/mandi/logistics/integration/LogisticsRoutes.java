package io.mandi.logistics.integration;

import io.mandi.integration.HttpCallPolicy;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Posts JSON to the logistics API with the bearer token. Server errors are retried with back-off;
 * client errors are final.
 */
@Component
class LogisticsRoutes extends RouteBuilder {
  static final String CALL_POLICY = "logistics-calls";
  static final String POST = "direct:logistics-post";
  static final String PATH = "logisticsPath";

  private final LogisticsProperties properties;

  LogisticsRoutes(LogisticsProperties properties) {
    this.properties = properties;
  }

  /** The shared retry policy, with this platform's budget (see {@link HttpCallPolicy}). */
  @Bean
  HttpCallPolicy logisticsRoutesCallPolicy() {
    return new HttpCallPolicy(
        CALL_POLICY, properties.maxRedeliveries(), properties.redeliveryDelay());
  }

  @Override
  public void configure() {
    String api = properties.baseUrl().replaceAll("/+$", "");
    from(POST)
        .routeId("logistics-post")
        .routeConfigurationId(CALL_POLICY)
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
