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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.AccountService;
import io.mandi.account.Buyer;
import io.mandi.order.Delivery;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderValidationException;
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
  private final TextField pinCode = new TextField("PIN code");
  private final TextField poNumber = new TextField("Your PO number (optional)");

  public CartView(
      Cart cart,
      OrderPlacementService placement,
      AccountService accounts,
      CurrentUser currentUser) {
    this.cart = cart;
    this.placement = placement;
    this.currentUser = currentUser;
    setSizeFull();
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

    grid.addColumn(line -> line.offer().productName()).setHeader("Product").setAutoWidth(true);
    grid.addColumn(line -> line.offer().sellerName()).setHeader("Seller").setAutoWidth(true);
    grid.addColumn(Cart.CartLine::quantity).setHeader("Quantity");
    grid.addColumn(line -> Formats.rupees(line.offer().unitPriceFor(line.quantity())))
        .setHeader("Unit price");
    grid.addColumn(line -> Formats.rupees(line.estimatedAmount())).setHeader("Amount");
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
    add(new H2("Cart"), grid, total, delivery, problems, placeOrder);
    expand(grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(cart.lines());
    total.setText(
        "Estimated total: "
            + Formats.rupees(cart.estimatedTotal())
            + " (prices are fixed when you order)");
    placeOrder.setEnabled(!cart.lines().isEmpty());
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
