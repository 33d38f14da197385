package io.mandi.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.order.CancellationService;
import io.mandi.order.Order;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowService;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** A buyer's or a seller's own orders, each with its status timeline. */
@Route(value = "orders", layout = MainLayout.class)
@PageTitle("My orders | Mandi")
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class OrdersView extends VerticalLayout {
  private final Grid<Order> grid = new Grid<>();
  private final VerticalLayout details = new VerticalLayout();

  public OrdersView(
      OrderQueryService orders,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowService escrow,
      CancellationService cancellations,
      OrderActivity activity,
      CurrentUser currentUser) {
    Actor actor = currentUser.actor();
    setSizeFull();

    grid.addColumn(Order::id).setHeader("Order").setAutoWidth(true);
    grid.addColumn(o -> Formats.time(o.placedAt())).setHeader("Placed").setAutoWidth(true);
    if (actor.role() == Role.BUYER) {
      grid.addColumn(Order::sellerName).setHeader("Seller").setAutoWidth(true);
    } else {
      grid.addColumn(Order::buyerName).setHeader("Buyer").setAutoWidth(true);
    }
    if (actor.role() == Role.OPS) {
      grid.addColumn(Order::sellerName).setHeader("Seller").setAutoWidth(true);
    }
    grid.addColumn(o -> Formats.rupees(o.totalAmount())).setHeader("Total");
    grid.addColumn(o -> o.status().name()).setHeader("Status").setKey("status");
    grid.setItems(orders.ordersOf(actor));
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              details.removeAll();
              if (e.getValue() != null) {
                OrderDetails order = orders.details(actor, e.getValue().id());
                details.add(new OrderDetailsPanel(order), activity.panel(actor, order));
                if (actor.role() == Role.BUYER) {
                  details.add(paymentSection(order, payments, gateway, escrow, actor));
                }
                if (cancellations.mayCancel(actor, order.order())) {
                  details.add(cancelSection(order.order().id(), cancellations, actor));
                }
              }
            });
    details.setPadding(false);

    add(
        new H2(actor.role() == Role.OPS ? "All orders" : "My orders"),
        grid,
        new H3("Details"),
        details);
    setFlexGrow(1, grid);
  }

  /** Cancelling needs a reason; any payment held is refunded and reserved stock released. */
  private static Component cancelSection(
      long orderId, CancellationService cancellations, Actor buyer) {
    TextField reason = new TextField("Reason to cancel");
    Button cancel = new Button("Cancel order");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(
        click -> {
          try {
            cancellations.requestCancellation(buyer, orderId, reason.getValue());
            cancel.setEnabled(false);
            Notification.show(
                "Cancellation requested: any payment will be refunded",
                4000,
                Notification.Position.MIDDLE);
          } catch (IllegalArgumentException | IllegalStateException refused) {
            reason.setInvalid(true);
            reason.setErrorMessage(refused.getMessage());
          }
        });
    HorizontalLayout row = new HorizontalLayout(reason, cancel);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return row;
  }

  /** What the buyer has to do about paying, or what became of the payment. */
  private static Component paymentSection(
      OrderDetails order,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowService escrow,
      Actor buyer) {
    PaymentIntent intent = payments.intent(order.order().id());
    if (order.order().status() != OrderStatus.CONFIRMED && intent == null) {
      return new Paragraph("Payment: once the seller accepts, you pay into escrow here.");
    }
    if (intent == null || intent.gatewayOrderId() == null) {
      return new Paragraph("Payment: preparing the payment page, refresh in a moment.");
    }
    return switch (intent.status()) {
      case CREATED -> {
        Anchor pay =
            new Anchor(
                gateway.checkoutUrl(intent.gatewayOrderId()),
                "Pay " + Formats.rupees(intent.amount()) + " into escrow");
        pay.setTarget("_blank");
        pay.addClassName("pay-link");
        yield new Div(
            new Span("Payment: "), pay, new Span(" (the money is held until you have your goods)"));
      }
      case CAPTURED -> {
        if (!escrow.isHeld(order.order().id())) {
          yield new Paragraph(
              "Payment: " + Formats.rupees(intent.amount()) + " paid; escrow settled.");
        }
        OrderStatus status = order.order().status();
        if (status != OrderStatus.SHIPPED && status != OrderStatus.DELIVERED) {
          yield new Paragraph(
              "Payment: "
                  + Formats.rupees(intent.amount())
                  + " paid, held in escrow; the seller is packing your order.");
        }
        Button received = new Button("I have received the goods");
        received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        received.setDisableOnClick(true);
        received.addClickListener(
            click -> {
              try {
                escrow.confirmReceipt(buyer, order.order().id());
                Notification.show(
                    "Thank you: the seller will now be paid from escrow",
                    4000,
                    Notification.Position.MIDDLE);
              } catch (IllegalStateException refused) {
                received.setEnabled(true);
                Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
        yield new Div(
            new Paragraph(
                "Payment: "
                    + Formats.rupees(intent.amount())
                    + " paid, held in escrow until delivery."),
            received);
      }
      case AMOUNT_MISMATCH ->
          new Paragraph(
              "Payment: the amount received does not match the order; our team is looking into it.");
    };
  }
}
