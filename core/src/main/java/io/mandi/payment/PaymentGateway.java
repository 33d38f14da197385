package io.mandi.payment;

import java.math.BigDecimal;

/**
 * Port: the payment gateway (Razorpay Route shape), implemented by integration routes. Every call
 * that creates or moves money carries an idempotency key the caller stored before calling.
 */
public interface PaymentGateway {

  /** Creates the gateway order the buyer pays; returns its id. */
  String createOrder(long orderId, BigDecimal amount, String idempotencyKey);

  /** Reads a payment as the gateway knows it: the only trusted source for amounts. */
  GatewayPayment fetchPayment(String paymentId);

  /** Refunds (part of) a captured payment; returns the gateway's refund id. */
  String refund(String paymentId, BigDecimal amount, String idempotencyKey);

  /** Where the buyer pays a gateway order. */
  String checkoutUrl(String gatewayOrderId);
}
