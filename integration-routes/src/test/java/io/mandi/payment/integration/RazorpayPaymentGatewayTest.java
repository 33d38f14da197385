package io.mandi.payment.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.inbound.InboundMessages;
import io.mandi.integration.WebhookSignature;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentGatewayException;
import io.mandi.payment.PaymentService;
import io.mandi.payment.sandbox.RazorpaySandbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.TestSocketUtils;

/** The gateway routes against the sandbox over real HTTP on loopback. */
@SpringBootTest(
    classes = PaymentRoutesTestApplication.class,
    properties = {
      "mandi.sandbox.enabled=true",
      "mandi.sandbox.whatsapp.port=0",
      "mandi.whatsapp.access-token=t",
      "mandi.sandbox.payment-gateway.webhook-url=http://127.0.0.1:9/unused",
      "mandi.payment-gateway.key-id=rzp_test_1",
      "mandi.payment-gateway.key-secret=secret-1",
      "mandi.payment-gateway.webhook-secret=whsec-1",
      "mandi.sandbox.logistics.port=0",
      "mandi.sandbox.logistics.webhook-url=http://127.0.0.1:9/unused",
      "mandi.logistics.api-token=t",
      "mandi.logistics.webhook-secret=w"
    })
class RazorpayPaymentGatewayTest {
  static final int PORT = TestSocketUtils.findAvailableTcpPort();

  @DynamicPropertySource
  static void sandboxAddress(DynamicPropertyRegistry registry) {
    registry.add("mandi.sandbox.payment-gateway.port", () -> PORT);
    registry.add("mandi.payment-gateway.base-url", () -> "http://127.0.0.1:" + PORT);
    registry.add(
        "mandi.payment-gateway.checkout-url", () -> "http://127.0.0.1:" + PORT + "/checkout");
  }

  @Autowired PaymentGateway gateway;
  @Autowired RazorpaySandbox sandbox;
  @MockitoBean PaymentService payments;
  @MockitoBean InboundMessages inbound;

  @Test
  void theSameIdempotencyKeyCreatesOneGatewayOrder() {
    int before = sandbox.createOrderCalls();

    String first = gateway.createOrder(41, new BigDecimal("540.00"), "payment-order-41");
    String again = gateway.createOrder(41, new BigDecimal("540.00"), "payment-order-41");
    String other = gateway.createOrder(42, new BigDecimal("99.50"), "payment-order-42");

    assertThat(again).isEqualTo(first).startsWith("order_");
    assertThat(other).isNotEqualTo(first);
    assertThat(sandbox.createOrderCalls()).isEqualTo(before + 2);
    assertThat(gateway.checkoutUrl(first))
        .isEqualTo("http://127.0.0.1:" + PORT + "/checkout/" + first);
  }

  @Test
  void anUnknownPaymentIsAClearFailureNotARetryLoop() {
    assertThatThrownBy(() -> gateway.fetchPayment("pay_missing"))
        .isInstanceOf(PaymentGatewayException.class)
        .hasMessageContaining("statusCode: 404");
  }

  @Test
  void signaturesAreHmacSha256OverTheRawBody() {
    byte[] body = "{\"event\":\"payment.captured\"}".getBytes(StandardCharsets.UTF_8);
    String signature = WebhookSignature.sign(body, "whsec-1");

    assertThat(signature).hasSize(64).matches("[0-9a-f]+");
    assertThat(WebhookSignature.verify(body, signature, "whsec-1")).isTrue();
    assertThat(WebhookSignature.verify(body, signature, "other-secret")).isFalse();
    assertThat(WebhookSignature.verify("{}".getBytes(StandardCharsets.UTF_8), signature, "whsec-1"))
        .isFalse();
    assertThat(WebhookSignature.verify(body, null, "whsec-1")).isFalse();
  }

  @Test
  void routeTransfersWaitOnHoldAndCanBeReleasedOrReversedOnce() throws Exception {
    String order = gateway.createOrder(61, new BigDecimal("1000.00"), "payment-order-61");
    try {
      sandbox.pay(order);
    } catch (java.io.IOException webhookNotDelivered) {
      // no merchant listens in this test; the payment is captured all the same
    }
    String paymentId = sandbox.webhooks().getLast().eventId().substring("evt_".length());

    String transfer =
        gateway.transferOnHold(paymentId, "acc_seller61", new BigDecimal("950.00"), "t-61");
    assertThat(gateway.transferOnHold(paymentId, "acc_seller61", new BigDecimal("950.00"), "t-61"))
        .isEqualTo(transfer);
    assertThat(sandbox.transfersOf(paymentId)).hasSize(1);
    assertThat(sandbox.transfer(transfer))
        .containsEntry("on_hold", true)
        .containsEntry("amount", 95000L);

    String reversal = gateway.reverseTransfer(transfer, new BigDecimal("285.00"), "r-61");
    assertThat(gateway.reverseTransfer(transfer, new BigDecimal("285.00"), "r-61"))
        .isEqualTo(reversal);
    gateway.releaseHold(transfer);

    assertThat(sandbox.transfer(transfer))
        .containsEntry("on_hold", false)
        .containsEntry("amount_reversed", 28500L);
    assertThatThrownBy(() -> gateway.reverseTransfer(transfer, new BigDecimal("700.00"), "r-61b"))
        .isInstanceOf(PaymentGatewayException.class)
        .hasMessageContaining("statusCode: 400");
  }
}
