package io.mandi.payment;

import java.math.BigDecimal;

/** A payment as the gateway reports it when asked directly. */
public record GatewayPayment(
    String id, String gatewayOrderId, BigDecimal amount, String currency, String status) {

  public boolean captured() {
    return "captured".equals(status);
  }
}
