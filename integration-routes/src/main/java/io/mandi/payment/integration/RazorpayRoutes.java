package io.mandi.payment.integration;

import io.mandi.integration.HttpCallPolicy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * Calls to the gateway's REST API with basic auth and the caller's idempotency key on every
 * request, so a retried call cannot create a second order. Server errors are retried with back-off;
 * client errors are final.
 */
@Component
class RazorpayRoutes extends RouteBuilder {
  static final String CALL_POLICY = "payment-gateway-calls";
  static final String CREATE_ORDER = "direct:payment-gateway-create-order";
  static final String FETCH_PAYMENT = "direct:payment-gateway-fetch-payment";
  static final String REFUND = "direct:payment-gateway-refund";
  static final String TRANSFER = "direct:payment-gateway-transfer";
  static final String RELEASE_HOLD = "direct:payment-gateway-release-hold";
  static final String REVERSE_TRANSFER = "direct:payment-gateway-reverse-transfer";
  static final String ENTITY_ID = "gatewayEntityId";
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private final RazorpayProperties properties;

  RazorpayRoutes(RazorpayProperties properties) {
    this.properties = properties;
  }

  /** The shared retry policy, with this platform's budget (see {@link HttpCallPolicy}). */
  @Bean
  HttpCallPolicy razorpayRoutesCallPolicy() {
    return new HttpCallPolicy(
        CALL_POLICY, properties.maxRedeliveries(), properties.redeliveryDelay());
  }

  @Override
  public void configure() {
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (properties.keyId() + ":" + properties.keySecret())
                        .getBytes(StandardCharsets.UTF_8));
    String api = properties.baseUrl().replaceAll("/+$", "");

    from(CREATE_ORDER)
        .routeId("payment-gateway-create-order")
        .routeConfigurationId(CALL_POLICY)
        .marshal()
        .json(JsonLibrary.Jackson)
        .removeHeaders("*", IDEMPOTENCY_KEY)
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Authorization", constant(auth))
        .to(api + "/v1/orders")
        .id("razorpay-post-order")
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class);

    from(REFUND)
        .routeId("payment-gateway-refund")
        .routeConfigurationId(CALL_POLICY)
        .setHeader("paymentId", simple("${body[paymentId]}"))
        .setBody(simple("${body[request]}"))
        .marshal()
        .json(JsonLibrary.Jackson)
        .removeHeaders("*", IDEMPOTENCY_KEY, "paymentId")
        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Authorization", constant(auth))
        .toD(api + "/v1/payments/${header.paymentId}/refund")
        .id("razorpay-post-refund")
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class);

    // Route: transfers from a payment to linked accounts, their settlement hold, reversals.
    jsonCall(
        TRANSFER,
        "payment-gateway-transfer",
        "POST",
        auth,
        api + "/v1/payments/${header." + ENTITY_ID + "}/transfers");
    jsonCall(
        RELEASE_HOLD,
        "payment-gateway-release-hold",
        "PATCH",
        auth,
        api + "/v1/transfers/${header." + ENTITY_ID + "}");
    jsonCall(
        REVERSE_TRANSFER,
        "payment-gateway-reverse-transfer",
        "POST",
        auth,
        api + "/v1/transfers/${header." + ENTITY_ID + "}/reversals");

    from(FETCH_PAYMENT)
        .routeId("payment-gateway-fetch-payment")
        .routeConfigurationId(CALL_POLICY)
        .setHeader("paymentId", body())
        .removeHeaders("*", "paymentId")
        .setBody(constant(null))
        .setHeader(Exchange.HTTP_METHOD, constant("GET"))
        .setHeader("Authorization", constant(auth))
        .toD(api + "/v1/payments/${header.paymentId}")
        .id("razorpay-get-payment")
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class);
  }

  /** A JSON call on an entity (header {@link #ENTITY_ID}), keeping only the idempotency key. */
  private void jsonCall(String endpoint, String routeId, String method, String auth, String uri) {
    from(endpoint)
        .routeId(routeId)
        .routeConfigurationId(CALL_POLICY)
        .marshal()
        .json(JsonLibrary.Jackson)
        .removeHeaders("*", IDEMPOTENCY_KEY, ENTITY_ID)
        .setHeader(Exchange.HTTP_METHOD, constant(method))
        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
        .setHeader("Authorization", constant(auth))
        .toD(uri)
        .unmarshal()
        .json(JsonLibrary.Jackson, Map.class);
  }
}
