package io.mandi.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.order.CancellationService;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderProgress;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowService;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.PaymentStatus;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;

/**
 * One order on a page of its own (/orders/123), so it can be linked and bookmarked: what to do
 * about it first, then its lines, timeline and everything that happened to it. Someone else's order
 * reads as not found, as a missing one does.
 */
@Route(value = "orders/:orderId([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class OrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private final OrderQueryService orders;
  private final PaymentService payments;
  private final PaymentGateway gateway;
  private final EscrowService escrow;
  private final CancellationService cancellations;
  private final OrderActivity activity;
  private final Actor actor;
  private final LiveUpdates live;
  private long orderId;
  private String title = "Order | Mandi";

  public OrderView(
      OrderQueryService orders,
      PaymentService payments,
      PaymentGateway gateway,
      EscrowService escrow,
      CancellationService cancellations,
      OrderActivity activity,
      LiveUpdates live,
      CurrentUser currentUser) {
    this.live = live;
    this.orders = orders;
    this.payments = payments;
    this.gateway = gateway;
    this.escrow = escrow;
    this.cancellations = cancellations;
    this.activity = activity;
    this.actor = currentUser.actor();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    orderId = event.getRouteParameters().getLong("orderId").orElseThrow();
    render();
  }

  /** Redraws the page when the order changes elsewhere: a payment, the seller, the courier. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(
        this, Duration.ofMillis(200), changed -> changed == orderId, false, this::render);
  }

  private void render() {
    removeAll();
    add(new RouterLink("← " + OrdersView.title(actor), OrdersView.class));
    try {
      show(orders.details(actor, orderId));
      title = "Order #" + orderId + " | Mandi";
    } catch (OrderNotFoundException notFound) {
      title = "Order not found | Mandi";
      add(
          new H2("Order #" + orderId + " not found"),
          new Paragraph("There is no such order, or it is not one of yours."));
    }
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  private void show(OrderDetails order) {
    PaymentIntent intent = payments.intent(order.order().id());
    boolean paid = intent != null && intent.status() == PaymentStatus.CAPTURED;
    OrderProgress progress = OrderProgress.of(order.order().status(), paid, actor.role());
    Span stage = new Span(progress.stage());
    stage.getElement().getThemeList().add("badge");
    stage.addClassName("order-stage");
    Paragraph next = new Paragraph(progress.next());
    next.addClassName("order-next");
    add(new H2("Order #" + order.order().id()), stage, next);
    if (actor.role() == Role.BUYER) {
      add(paymentSection(order, intent, gateway, escrow, actor));
    }
    if (cancellations.mayCancel(actor, order.order())) {
      add(cancelSection(order.order().id(), cancellations, actor));
    }
    add(new OrderDetailsPanel(order), activity.panel(actor, order));
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
      PaymentIntent intent,
      PaymentGateway gateway,
      EscrowService escrow,
      Actor buyer) {
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
