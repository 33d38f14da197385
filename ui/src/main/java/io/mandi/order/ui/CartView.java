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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
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

  public CartView(Cart cart, OrderPlacementService placement, CurrentUser currentUser) {
    this.cart = cart;
    this.placement = placement;
    this.currentUser = currentUser;
    setSizeFull();

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

    add(new H2("Cart"), grid, total, problems, placeOrder);
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
      List<Order> orders = placement.place(currentUser.actor(), cart.checkout());
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
