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
    lines.setItems(details.lines());
    lines.setAllRowsVisible(true);

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

  /** Which rules changed the list price, so buyer and seller can see why a price is what it is. */
  private static String pricing(OrderLine line) {
    if (line.priceRules() == null || line.priceRules().isBlank()) {
      return "list price "
          + Formats.rupees(line.listPrice() == null ? line.unitPrice() : line.listPrice());
    }
    return line.priceRules() + " (list " + Formats.rupees(line.listPrice()) + ")";
  }
}
