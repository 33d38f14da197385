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

  /**
   * Transfers part of a captured payment to a seller's linked account, on hold: the seller gets it
   * only when the hold is released. Returns the transfer id.
   */
  String transferOnHold(String paymentId, String account, BigDecimal amount, String idempotencyKey);

  /** Releases a transfer's hold, so the seller is paid out; releasing twice is harmless. */
  void releaseHold(String transferId);

  /** Takes (part of) a transfer back from the seller's account; returns the reversal id. */
  String reverseTransfer(String transferId, BigDecimal amount, String idempotencyKey);

  /** Where the buyer pays a gateway order. */
  String checkoutUrl(String gatewayOrderId);
}
