package io.mandi.order.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.order.Order;
import io.mandi.order.OrderQueryService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** A buyer's or a seller's own orders, each with its status timeline. */
@Route(value = "orders", layout = MainLayout.class)
@PageTitle("My orders | Mandi")
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER})
public class OrdersView extends VerticalLayout {
  private final Grid<Order> grid = new Grid<>();
  private final VerticalLayout details = new VerticalLayout();

  public OrdersView(OrderQueryService orders, CurrentUser currentUser) {
    Actor actor = currentUser.actor();
    setSizeFull();

    grid.addColumn(Order::id).setHeader("Order").setAutoWidth(true);
    grid.addColumn(o -> Formats.time(o.placedAt())).setHeader("Placed").setAutoWidth(true);
    if (actor.role() == Role.BUYER) {
      grid.addColumn(Order::sellerName).setHeader("Seller").setAutoWidth(true);
    } else {
      grid.addColumn(Order::buyerName).setHeader("Buyer").setAutoWidth(true);
    }
    grid.addColumn(o -> Formats.rupees(o.totalAmount())).setHeader("Total");
    grid.addColumn(o -> o.status().name()).setHeader("Status").setKey("status");
    grid.setItems(orders.ordersOf(actor));
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              details.removeAll();
              if (e.getValue() != null) {
                details.add(new OrderDetailsPanel(orders.details(actor, e.getValue().id())));
              }
            });
    details.setPadding(false);

    add(new H2("My orders"), grid, new H3("Details"), details);
    setFlexGrow(1, grid);
  }
}
