package io.mandi.order.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.mandi.order.Delivery;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderLine;
import io.mandi.order.OrderStatusChange;
import io.mandi.ui.Formats;

/** One order: who, what, and its timeline of status changes with who and why. */
public class OrderDetailsPanel extends VerticalLayout {

  public OrderDetailsPanel(OrderDetails details) {
    setPadding(false);
    var order = details.order();
    add(
        new Paragraph(
            "Order #"
                + order.id()
                + " · "
                + order.buyerName()
                + " → "
                + order.sellerName()
                + " · "
                + Formats.rupees(order.totalAmount())
                + " · "
                + Formats.label(order.status().name())));

    Grid<OrderLine> lines = new Grid<>();
    lines.addColumn(OrderLine::productName).setHeader("Product").setAutoWidth(true);
    lines.addColumn(line -> line.quantity() + " " + line.unit()).setHeader("Quantity");
    lines.addColumn(line -> Formats.rupees(line.unitPrice())).setHeader("Unit price");
    lines.addColumn(line -> Formats.rupees(line.lineAmount())).setHeader("Amount");
    lines
        .addColumn(OrderDetailsPanel::pricing)
        .setHeader("Priced by")
        .setAutoWidth(true)
        .setTooltipGenerator(line -> line.priceRuleVersion());
    // Under each line, why its price is what it is (the rules that fired and what they saw).
    lines.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.ComponentRenderer<>(io.mandi.ui.PriceExplanation::of));
    lines.setItems(details.lines());
    details.lines().forEach(line -> lines.setDetailsVisible(line, true));
    lines.setAllRowsVisible(true);
    lines.addClassName("order-lines");

    OrderedList timeline = new OrderedList();
    timeline.addClassName("order-timeline");
    for (OrderStatusChange change : details.history()) {
      ListItem item = new ListItem();
      Span status = new Span(Formats.label(change.toStatus().name()));
      status.getElement().getThemeList().add("badge");
      item.add(
          status,
          new Span(
              " "
                  + Formats.time(change.changedAt())
                  + " by "
                  + change.changedBy()
                  + ": "
                  + change.reason()));
      timeline.add(item);
    }
    Delivery delivery = details.delivery();
    if (delivery != null) {
      Paragraph to =
          new Paragraph(
              "Deliver to: "
                  + (delivery.address() == null ? "the buyer's address" : delivery.address())
                  + (delivery.pinCode() == null ? "" : ", PIN " + delivery.pinCode())
                  + (delivery.poNumber() == null ? "" : " · Buyer's PO " + delivery.poNumber()));
      to.addClassName("order-delivery");
      add(to);
    }
    add(lines, new Div(new Span("Timeline")), timeline);
  }

  /** The rules version, or how the price was set when no rules priced it. */
  private static String pricing(OrderLine line) {
    if (line.agreed()) {
      return "agreed";
    }
    int steps = line.priceSteps().size();
    String version = line.priceRuleVersion() == null ? "list price" : line.priceRuleVersion();
    return steps == 0 ? version : version + ", " + steps + (steps == 1 ? " rule" : " rules");
  }
}
