package io.mandi.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
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
import io.mandi.durations.OrderDurationService;
import io.mandi.ledger.EscrowStatus;
import io.mandi.order.CancellationService;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderProgress;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowPreview;
import io.mandi.payment.EscrowService;
import io.mandi.payment.EscrowStatement;
import io.mandi.payment.PaymentGateway;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.PaymentStatus;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import io.mandi.ui.MoneyConfirmation;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
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
  private final OrderDurationService durations;
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
      OrderDurationService durations,
      CurrentUser currentUser) {
    this.durations = durations;
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
    long id = order.order().id();
    PaymentIntent intent = payments.intent(id);
    boolean paid = intent != null && intent.status() == PaymentStatus.CAPTURED;
    OrderProgress progress = OrderProgress.of(order.order().status(), paid, actor.role());
    Span stage = new Span(progress.stage());
    stage.getElement().getThemeList().add("badge");
    stage.addClassName("order-stage");
    Paragraph next = new Paragraph(progress.next());
    next.addClassName("order-next");
    add(new H2("Order #" + id), stage, next);
    // what this person can do comes first; the facts and the history follow
    if (actor.role() == Role.BUYER) {
      add(paymentSection(order, intent));
    } else {
      escrow.statement(actor, id).ifPresent(money -> add(moneyLine(money, false)));
    }
    activity.actions(actor, order).ifPresent(this::add);
    if (cancellations.mayCancel(actor, order.order())) {
      add(cancelSection(id));
    }
    Details steps = new Details("Where the order is", new OrderStepList(order, paid));
    steps.setOpened(actor.role() == Role.OPS);
    add(steps);
    durations
        .kept(id)
        .ifPresent(kept -> add(new Details("Time limits", new OrderTimeLimits(kept, actor))));
    add(new OrderDetailsPanel(order), activity.panel(actor, order));
  }

  private static Paragraph moneyLine(EscrowStatement money, boolean toBuyer) {
    Paragraph line = new Paragraph("Payment: " + money.describe(toBuyer));
    line.addClassName("escrow-statement");
    return line;
  }

  /**
   * Cancelling needs a reason and a confirmation saying what happens to the money; any payment held
   * is refunded and reserved stock released.
   */
  private Component cancelSection(long id) {
    TextField reason = new TextField("Reason to cancel");
    Button cancel = new Button("Cancel order…");
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(
        click -> {
          if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Say why the order is cancelled");
            return;
          }
          Runnable request = () -> requestCancellation(id, reason, cancel);
          if (escrow.isHeld(id)) {
            EscrowPreview money =
                escrow.preview(actor, id, escrow.preview(actor, id, BigDecimal.ZERO).held());
            MoneyConfirmation.ask(
                "Cancel order #" + id + "?",
                money,
                "Cancel and refund " + Formats.rupees(money.toBuyer()),
                request);
          } else {
            MoneyConfirmation.ask(
                "Cancel order #" + id + "?",
                "Nothing has been paid yet. The seller is told and any reserved stock released.",
                "Cancel the order",
                request);
          }
        });
    HorizontalLayout row = new HorizontalLayout(reason, cancel);
    row.setWrap(true);
    row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    return row;
  }

  private void requestCancellation(long id, TextField reason, Button cancel) {
    try {
      cancellations.requestCancellation(actor, id, reason.getValue());
      cancel.setEnabled(false);
      Notification.show(
          "Cancellation requested: any payment will be refunded",
          4000,
          Notification.Position.MIDDLE);
    } catch (IllegalArgumentException | IllegalStateException refused) {
      reason.setInvalid(true);
      reason.setErrorMessage(refused.getMessage());
    }
  }

  /** What the buyer has to do about paying, or what became of the payment. */
  private Component paymentSection(OrderDetails order, PaymentIntent intent) {
    long id = order.order().id();
    if (order.order().status() != OrderStatus.CONFIRMED && intent == null) {
      return new Paragraph("Payment: once the seller accepts, you pay into escrow here.");
    }
    if (intent == null || intent.gatewayOrderId() == null) {
      return new Paragraph("Payment: preparing the payment page; it appears here by itself.");
    }
    return switch (intent.status()) {
      case CREATED -> {
        Anchor pay =
            new Anchor(
                gateway.checkoutUrl(intent.gatewayOrderId()),
                "Pay " + Formats.rupees(intent.amount()) + " into escrow");
        pay.setTarget("_blank");
        pay.addClassName("pay-link");
        pay.getElement().getThemeList().add("primary");
        yield new Div(
            new Span("Payment: "), pay, new Span(" (the money is held until you have your goods)"));
      }
      case CAPTURED -> {
        EscrowStatement money = escrow.statement(actor, id).orElse(null);
        if (money == null) {
          yield new Paragraph("Payment: received; being placed in escrow.");
        }
        OrderStatus status = order.order().status();
        if (money.status() != EscrowStatus.HELD
            || status != OrderStatus.SHIPPED && status != OrderStatus.DELIVERED) {
          yield moneyLine(money, true);
        }
        Button received = new Button("I have received the goods");
        received.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        received.addClickListener(click -> confirmReceipt(id));
        yield new Div(moneyLine(money, true), received);
      }
      case AMOUNT_MISMATCH ->
          new Paragraph(
              "Payment: the amount received does not match the order; our team is looking into it.");
    };
  }

  /** Receipt releases the money to the seller: the buyer sees how much before confirming. */
  private void confirmReceipt(long id) {
    EscrowPreview money;
    try {
      money = escrow.preview(actor, id, BigDecimal.ZERO);
    } catch (IllegalStateException settled) {
      Notification.show(settled.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      return;
    }
    MoneyConfirmation.ask(
        "Release the payment to the seller?",
        money,
        "Yes, I have the goods: release " + Formats.rupees(money.held()),
        () -> {
          try {
            escrow.confirmReceipt(actor, id);
            Notification.show(
                "Thank you: the seller will now be paid from escrow",
                4000,
                Notification.Position.MIDDLE);
          } catch (IllegalStateException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
          }
        });
  }
}
