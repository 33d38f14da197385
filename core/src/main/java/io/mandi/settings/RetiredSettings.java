package io.mandi.settings;

import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Settings an earlier release read and this one does not: the durations of an order are now the
 * durations rule set. A configuration that still sets one stops the start, saying where the value
 * now lives, instead of being silently ignored.
 */
final class RetiredSettings {
  static final List<String> DURATIONS =
      List.of(
          "mandi.order.seller-acceptance-sla",
          "mandi.credit.approval-sla",
          "mandi.vendor.escalation-sla",
          "mandi.escrow.payment-window",
          "mandi.escrow.inspection-period",
          "mandi.escrow.negotiation-window",
          "mandi.escrow.mediation-sla",
          "mandi.logistics.dispatch-sla",
          "mandi.logistics.delivery-promise");

  private RetiredSettings() {}

  static void refuse(Environment environment) {
    List<String> set = DURATIONS.stream().filter(environment::containsProperty).toList();
    if (!set.isEmpty()) {
      throw new IllegalStateException(
          String.join(", ", set)
              + ": durations are no longer settings; an admin changes them in the 'Dispute and SLA"
              + " durations' rule set (Business rules). Remove these settings.");
    }
  }
}
