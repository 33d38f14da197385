package io.mandi.payment.integration;

import io.mandi.payment.GatewayPayment;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentGatewayException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The core's PaymentGateway port over the Razorpay routes; amounts travel in paise. */
@Component
@EnableConfigurationProperties(RazorpayProperties.class)
class RazorpayPaymentGateway implements PaymentGateway {
  private static final BigDecimal PAISE = BigDecimal.valueOf(100);

  private final ProducerTemplate producer;
  private final RazorpayProperties properties;

  RazorpayPaymentGateway(ProducerTemplate producer, RazorpayProperties properties) {
    this.producer = producer;
    this.properties = properties;
  }

  @Override
  public String createOrder(long orderId, BigDecimal amount, String idempotencyKey) {
    Map<String, Object> request =
        Map.of(
            "amount",
            amount.multiply(PAISE).longValueExact(),
            "currency",
            "INR",
            "receipt",
            "mandi-order-" + orderId,
            "notes",
            Map.of("mandi_order_id", String.valueOf(orderId)));
    Map<?, ?> response =
        call(
            RazorpayRoutes.CREATE_ORDER,
            request,
            Map.of(RazorpayRoutes.IDEMPOTENCY_KEY, idempotencyKey));
    return (String) response.get("id");
  }

  @Override
  public GatewayPayment fetchPayment(String paymentId) {
    Map<?, ?> payment = call(RazorpayRoutes.FETCH_PAYMENT, paymentId, Map.of());
    return new GatewayPayment(
        (String) payment.get("id"),
        (String) payment.get("order_id"),
        new BigDecimal(String.valueOf(payment.get("amount"))).movePointLeft(2),
        (String) payment.get("currency"),
        (String) payment.get("status"));
  }

  @Override
  public String refund(String paymentId, BigDecimal amount, String idempotencyKey) {
    Map<String, Object> request =
        Map.of(
            "paymentId",
            paymentId,
            "request",
            Map.of("amount", amount.multiply(PAISE).longValueExact(), "speed", "normal"));
    Map<?, ?> response =
        call(
            RazorpayRoutes.REFUND, request, Map.of(RazorpayRoutes.IDEMPOTENCY_KEY, idempotencyKey));
    return (String) response.get("id");
  }

  @Override
  public String transferOnHold(
      String paymentId, String account, BigDecimal amount, String idempotencyKey) {
    Map<String, Object> transfer =
        Map.of(
            "account",
            account,
            "amount",
            amount.multiply(PAISE).longValueExact(),
            "currency",
            "INR",
            "on_hold",
            1);
    Map<?, ?> response =
        call(
            RazorpayRoutes.TRANSFER,
            Map.of("transfers", List.of(transfer)),
            Map.of(
                RazorpayRoutes.ENTITY_ID, paymentId,
                RazorpayRoutes.IDEMPOTENCY_KEY, idempotencyKey));
    return (String) ((Map<?, ?>) ((List<?>) response.get("items")).getFirst()).get("id");
  }

  @Override
  public void releaseHold(String transferId) {
    call(
        RazorpayRoutes.RELEASE_HOLD,
        Map.of("on_hold", 0),
        Map.of(RazorpayRoutes.ENTITY_ID, transferId));
  }

  @Override
  public String reverseTransfer(String transferId, BigDecimal amount, String idempotencyKey) {
    Map<?, ?> response =
        call(
            RazorpayRoutes.REVERSE_TRANSFER,
            Map.of("amount", amount.multiply(PAISE).longValueExact()),
            Map.of(
                RazorpayRoutes.ENTITY_ID, transferId,
                RazorpayRoutes.IDEMPOTENCY_KEY, idempotencyKey));
    return (String) response.get("id");
  }

  @Override
  public String checkoutUrl(String gatewayOrderId) {
    return properties.checkoutUrl().replaceAll("/+$", "") + "/" + gatewayOrderId;
  }

  private Map<?, ?> call(String endpoint, Object body, Map<String, Object> headers) {
    try {
      return producer.requestBodyAndHeaders(endpoint, body, headers, Map.class);
    } catch (CamelExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      int status =
          cause instanceof org.apache.camel.http.base.HttpOperationFailedException http
              ? http.getStatusCode()
              : 0;
      throw new PaymentGatewayException(
          "The payment gateway failed: " + cause.getMessage(), cause, status);
    }
  }
}
