package io.mandi.notification;

/**
 * What a party is told about its order, with the WhatsApp template that says it. Each notice is
 * sent once per order (and per seller, where the seller changes), to the party it concerns.
 */
public enum Notice {
  NEW_ORDER("new_order", Audience.SELLER),
  CREDIT_HOLD("credit_hold", Audience.BUYER),
  PAYMENT_RECEIVED("payment_received", Audience.BUYER),
  ORDER_PAID("order_paid", Audience.SELLER),
  ORDER_DELIVERED("order_delivered", Audience.BUYER),
  REFUND_OFFERED("refund_offered", Audience.BUYER),
  DISPUTE_DECIDED_BUYER("dispute_decided", Audience.BUYER),
  DISPUTE_DECIDED_SELLER("dispute_decided", Audience.SELLER),
  CANCELLED_BUYER("order_cancelled", Audience.BUYER),
  CANCELLED_SELLER("order_cancelled", Audience.SELLER),
  VENDOR_CHANGED("vendor_changed", Audience.BUYER);

  /** Who a message is for. */
  public enum Audience {
    BUYER,
    SELLER,
    OPS
  }

  private final String template;
  private final Audience audience;

  Notice(String template, Audience audience) {
    this.template = template;
    this.audience = audience;
  }

  public String template() {
    return template;
  }

  public Audience audience() {
    return audience;
  }
}
