package io.mandi.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.AccountService;
import io.mandi.account.Buyer;
import io.mandi.credit.CreditCheckService;
import io.mandi.order.Delivery;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderValidationException;
import io.mandi.order.Quote;
import io.mandi.order.Violation;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** Checkout: one order per seller, each with its own process. */
@Route(value = "cart", layout = MainLayout.class)
@PageTitle("Cart | Mandi")
@RolesAllowed(AppRoles.BUYER)
public class CartView extends VerticalLayout {
  private final Cart cart;
  private final OrderPlacementService placement;
  private final CurrentUser currentUser;
  private final Grid<Cart.CartLine> grid = new Grid<>();
  private final Span total = new Span();
  private final UnorderedList problems = new UnorderedList();
  private final Button placeOrder = new Button("Place order");
  private final TextField address = new TextField("Deliver to");
  private final Span credit = new Span();
  private final CreditCheckService credits;
  private Quote quote;
  private final TextField pinCode = new TextField("PIN code");
  private final TextField poNumber = new TextField("Your PO number (optional)");

  public CartView(
      Cart cart,
      OrderPlacementService placement,
      AccountService accounts,
      CreditCheckService credits,
      CurrentUser currentUser) {
    this.credits = credits;
    this.cart = cart;
    this.placement = placement;
    this.currentUser = currentUser;
    Buyer buyer = accounts.buyer(currentUser.actor().buyerId());
    address.setValue(buyer.address() == null ? "" : buyer.address());
    address.setMaxLength(300);
    address.setWidth("min(100%, 36em)");
    address.setHelperText("Your registered address; change it for this order if needed");
    pinCode.setValue(buyer.pinCode() == null ? "" : buyer.pinCode());
    pinCode.setMaxLength(6);
    pinCode.setAllowedCharPattern("[0-9]");
    pinCode.setWidth("8em");
    poNumber.setMaxLength(40);

    grid.addColumn(line -> line.offer().productName() + " · " + line.offer().sellerName())
        .setHeader("Product")
        .setFlexGrow(1);
    grid.addComponentColumn(this::quantityField).setHeader("Quantity").setAutoWidth(true);
    grid.addColumn(line -> price(line)).setHeader("Your price").setAutoWidth(true);
    grid.setItemDetailsRenderer(
        new com.vaadin.flow.data.renderer.TextRenderer<>(this::priceExplanation));
    grid.setDetailsVisibleOnClick(true);
    grid.addComponentColumn(
            line ->
                new Button(
                    "Remove",
                    click -> {
                      cart.remove(line);
                      refresh();
                    }))
        .setHeader("");

    problems.addClassName("cart-problems");
    problems.getStyle().set("color", "var(--lumo-error-text-color)");
    placeOrder.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    placeOrder.setDisableOnClick(true);
    placeOrder.addClickListener(click -> placeOrder());

    FlexLayout delivery = new FlexLayout(address, pinCode, poNumber);
    delivery.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    delivery.getStyle().set("gap", "0 var(--lumo-space-m)");
    delivery.addClassName("cart-delivery");
    credit.addClassName("cart-credit");
    credit.getStyle().set("color", "var(--lumo-warning-text-color, #8a5a00)");
    // a bigger purchase may be worth negotiating: the cart's items become a request for quotation
    com.vaadin.flow.component.html.Anchor askForQuotes =
        new com.vaadin.flow.component.html.Anchor(
            "rfqs/new?from=cart", "Or ask sellers to quote for these items");
    askForQuotes.addClassName("cart-rfq");
    add(new H2("Cart"), grid, total, credit, delivery, problems, placeOrder, askForQuotes);
    grid.setAllRowsVisible(true); // a cart is short; the page scrolls, the grid never hides rows
    refresh();
  }

  /**
   * Prices the cart for this buyer and shows every problem at once; placing the order stays off
   * until there is none. Prices are fixed when the order is placed.
   */
  private void refresh() {
    List<Cart.CartLine> lines = cart.lines();
    quote = placement.quote(currentUser.actor(), cart.commandLines());
    grid.setItems(lines);
    problems.removeAll();
    quote.problems().stream().map(Violation::toString).map(ListItem::new).forEach(problems::add);
    total.setText(
        lines.isEmpty()
            ? "Your cart is empty."
            : "Total at your prices: " + Formats.rupees(quote.total()));
    credit.setText(
        lines.isEmpty()
            ? ""
            : credits
                .wouldNeedApproval(currentUser.actor(), quote.total())
                .map(
                    why ->
                        "Needs credit approval: "
                            + why
                            + ". Mandi's operations team reviews it before the seller is asked.")
                .orElse(""));
    placeOrder.setEnabled(quote.orderable());
  }

  private Quote.Line quoted(Cart.CartLine line) {
    return quote.lines().stream()
        .filter(q -> q.offerId() == line.offer().offerId())
        .findFirst()
        .orElse(null);
  }

  private String price(Cart.CartLine line) {
    Quote.Line quoted = quoted(line);
    if (quoted == null) {
      return "–";
    }
    return Formats.rupees(quoted.unitPrice()) + " · " + Formats.rupees(quoted.amount());
  }

  /** Why the price is what it is: the price break for this quantity, then the buyer's rules. */
  private String priceExplanation(Cart.CartLine line) {
    Quote.Line quoted = quoted(line);
    if (quoted == null) {
      return "";
    }
    String rules =
        quoted.rules().isEmpty() ? "no rule changes it" : String.join("; ", quoted.rules());
    return "List price for "
        + line.quantity()
        + " "
        + line.offer().unit()
        + ": "
        + Formats.rupees(quoted.listPrice())
        + " each; "
        + rules
        + ". Minimum order "
        + line.offer().minOrderQty()
        + ", in stock "
        + line.offer().stock()
        + ".";
  }

  private IntegerField quantityField(Cart.CartLine line) {
    IntegerField quantity = new IntegerField();
    quantity.setValue(line.quantity());
    quantity.setMin(1);
    quantity.setStepButtonsVisible(true);
    quantity.setWidth("8em");
    quantity.setAriaLabel("Quantity of " + line.offer().productName());
    quantity.addValueChangeListener(
        e -> {
          if (!e.isFromClient()) {
            return;
          }
          try {
            cart.set(line.offer(), e.getValue() == null ? 0 : e.getValue());
            quantity.setInvalid(false);
          } catch (IllegalArgumentException invalid) {
            quantity.setInvalid(true);
            quantity.setErrorMessage(invalid.getMessage());
            return;
          }
          refresh();
        });
    return quantity;
  }

  private void placeOrder() {
    problems.removeAll();
    try {
      Delivery delivery;
      try {
        delivery = new Delivery(address.getValue(), pinCode.getValue(), poNumber.getValue());
      } catch (IllegalArgumentException invalid) {
        problems.add(new ListItem(invalid.getMessage()));
        placeOrder.setEnabled(true);
        return;
      }
      List<Order> orders = placement.place(currentUser.actor(), cart.checkout(delivery));
      cart.clear();
      String placed =
          orders.stream()
              .map(o -> "#" + o.id() + " with " + o.sellerName())
              .collect(Collectors.joining(", "));
      Notification.show("Order placed: " + placed, 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate(OrdersView.class));
    } catch (OrderValidationException invalid) {
      invalid.violations().stream()
          .map(Violation::toString)
          .map(ListItem::new)
          .forEach(problems::add);
      refresh();
    }
  }
}
