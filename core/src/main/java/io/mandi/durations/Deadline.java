package io.mandi.durations;

import java.util.Arrays;
import java.util.Optional;

/** Every duration an order runs by, with the name the rules and scenarios use for it. */
public enum Deadline {
  SELLER_ACCEPTANCE("sellerAcceptance", "The seller accepts or refuses within"),
  CREDIT_APPROVAL("creditApproval", "Operations approve an order over its credit limit within"),
  VENDOR_ESCALATION("vendorEscalation", "Operations pick a vendor within"),
  PAYMENT("paymentWindow", "The buyer pays within"),
  DISPATCH("dispatch", "The seller packs a paid order within"),
  DELIVERY_PROMISE("deliveryPromise", "Delivery is promised within"),
  INSPECTION("inspectionPeriod", "The buyer may dispute a delivery within"),
  NEGOTIATION("negotiationWindow", "Seller and buyer settle a dispute within"),
  MEDIATION("mediation", "Operations decide a dispute within");

  private final String key;
  private final String label;

  Deadline(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public static Optional<Deadline> ofKey(String key) {
    return Arrays.stream(values()).filter(deadline -> deadline.key.equals(key)).findFirst();
  }
}
