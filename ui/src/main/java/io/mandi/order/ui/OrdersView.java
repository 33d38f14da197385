package io.mandi.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.order.Order;
import io.mandi.order.OrderFilter;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderSearch;
import io.mandi.order.OrderSort;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A list of orders that pages, sorts, counts and filters in the database, so it stays quick with
 * any number of orders: buyers and sellers see their own, operations everyone's. The filters are
 * kept in the address, so a filtered list can be bookmarked or sent to a colleague.
 */
@Route(value = "orders", layout = MainLayout.class)
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  static final int PAGE = 50;

  private final OrderQueryService orders;
  private final LiveUpdates live;
  private final Actor actor;
  private final OrderFilterForm form;
  private final Grid<Order> grid = new Grid<>();
  private final Span count = new Span();
  private OrderFilter filter = OrderFilter.none();

  public OrdersView(OrderQueryService orders, LiveUpdates live, CurrentUser currentUser) {
    this.orders = orders;
    this.live = live;
    this.actor = currentUser.actor();
    this.form = new OrderFilterForm(actor.role() == Role.OPS, this::filterChanged);
    setSizeFull();

    grid.addColumn(
            LitRenderer.<Order>of("<a href=\"orders/${item.id}\">${item.id}</a>")
                .withProperty("id", Order::id))
        .setHeader("Order")
        .setSortProperty(OrderSort.NUMBER.name())
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(o -> Formats.label(o.status().name()))
        .setHeader("Status")
        .setKey("status")
        .setSortProperty(OrderSort.STATUS.name())
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.rupees(o.totalAmount()))
        .setHeader("Total")
        .setSortProperty(OrderSort.VALUE.name())
        .setAutoWidth(true);
    if (actor.role() != Role.BUYER) {
      grid.addColumn(Order::buyerName).setHeader("Buyer").setAutoWidth(true);
    }
    if (actor.role() != Role.SELLER) {
      grid.addColumn(Order::sellerName).setHeader("Seller").setAutoWidth(true);
    }
    grid.addColumn(o -> Formats.time(o.placedAt()))
        .setHeader("Placed")
        .setSortProperty(OrderSort.PLACED.name())
        .setAutoWidth(true);
    grid.setPageSize(PAGE);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setItems(this::page, this::total);
    grid.addItemClickListener(
        click ->
            UI.getCurrent()
                .navigate(
                    OrderView.class,
                    new RouteParameters("orderId", String.valueOf(click.getItem().id()))));

    count.addClassName("order-count");
    add(new H2(title(actor)), form, count, grid);
    setFlexGrow(1, grid);
  }

  /** The visible page and the count follow changes made elsewhere, at most once a second. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(
        this, Duration.ofSeconds(1), changed -> true, false, grid.getDataProvider()::refreshAll);
  }

  static String title(Actor actor) {
    return actor.role() == Role.OPS ? "All orders" : "My orders";
  }

  @Override
  public String getPageTitle() {
    return title(actor) + " | Mandi";
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    form.read(event.getLocation().getQueryParameters());
  }

  private void filterChanged(OrderFilter changed, QueryParameters parameters) {
    filter = changed;
    grid.getDataProvider().refreshAll();
    UI.getCurrent().getPage().getHistory().replaceState(null, new Location("orders", parameters));
  }

  private Stream<Order> page(Query<Order, Void> query) {
    OrderSort sort = OrderSort.PLACED;
    boolean descending = true;
    if (!query.getSortOrders().isEmpty()) {
      sort = OrderSort.valueOf(query.getSortOrders().getFirst().getSorted());
      descending = query.getSortOrders().getFirst().getDirection() == SortDirection.DESCENDING;
    }
    return orders
        .search(
            actor,
            new OrderSearch(List.of(filter), sort, descending, query.getOffset(), query.getLimit()))
        .stream();
  }

  private int total(Query<Order, Void> query) {
    long total = orders.count(actor, List.of(filter));
    count.setText(total == 1 ? "1 order" : String.format("%,d orders", total));
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
