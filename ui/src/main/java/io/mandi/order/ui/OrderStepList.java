package io.mandi.order.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusChange;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where the order is in its process, as a list of its steps: done, the current one highlighted, and
 * those still to come; an order that ended early (cancelled, not accepted, refunded) shows where it
 * stopped.
 */
class OrderStepList extends OrderedList {
  private static final Set<OrderStatus> ENDED_EARLY =
      EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REJECTED, OrderStatus.REFUNDED);

  private record Step(String label, boolean done) {}

  OrderStepList(OrderDetails details, boolean paid) {
    addClassName("order-steps");
    getStyle().set("margin", "0").set("padding-left", "1.4em");
    Set<OrderStatus> reached = EnumSet.noneOf(OrderStatus.class);
    for (OrderStatusChange change : details.history()) {
      reached.add(change.toStatus());
    }
    OrderStatus now = details.order().status();
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("Placed", true));
    if (reached.contains(OrderStatus.AWAITING_CREDIT_APPROVAL)) {
      steps.add(
          new Step(
              "Credit approved",
              reached.contains(OrderStatus.AWAITING_ACCEPTANCE)
                  || reached.contains(OrderStatus.CONFIRMED)));
    }
    steps.add(new Step("Accepted by the seller", reached.contains(OrderStatus.CONFIRMED)));
    steps.add(new Step("Paid into escrow", paid));
    steps.add(new Step("Shipped", reached.contains(OrderStatus.SHIPPED)));
    steps.add(new Step("Delivered", reached.contains(OrderStatus.DELIVERED)));
    if (reached.contains(OrderStatus.DISPUTED)) {
      steps.add(
          new Step("Dispute settled", now == OrderStatus.COMPLETED || now == OrderStatus.REFUNDED));
    }
    steps.add(new Step("Seller paid, invoiced, closed", now == OrderStatus.COMPLETED));

    boolean currentShown = false;
    for (Step step : steps) {
      ListItem item = new ListItem();
      if (step.done()) {
        item.setText("✓ " + step.label());
        item.addClassName("step-done");
      } else if (!currentShown && !ENDED_EARLY.contains(now)) {
        item.setText("→ " + step.label() + " (now)");
        item.addClassName("step-current");
        item.getStyle().set("font-weight", "600").set("color", "var(--lumo-primary-text-color)");
        currentShown = true;
      } else {
        item.setText(step.label());
        item.getStyle().set("color", "var(--lumo-secondary-text-color)");
      }
      add(item);
    }
    if (ENDED_EARLY.contains(now)) {
      ListItem ended =
          new ListItem(
              "✕ "
                  + switch (now) {
                    case CANCELLED -> "Cancelled";
                    case REJECTED -> "Not accepted";
                    default -> "Refunded";
                  });
      ended.addClassName("step-current");
      ended.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
      add(ended);
    }
  }
}
