package io.mandi.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.console.SavedViews;
import io.mandi.order.Order;
import io.mandi.order.OrderFilter;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderSearch;
import io.mandi.order.OrderSort;
import io.mandi.recovery.OrderBulkActions;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A list of orders that pages, sorts, counts and filters in the database, so it stays quick with
 * any number of orders: buyers and sellers see their own, operations everyone's. Operations can add
 * sets of conditions an order may meet instead (OR), act on many selected orders at once, and
 * everyone can export the list as CSV. The filters are kept in the address, so a filtered list can
 * be bookmarked or sent to a colleague.
 */
@Route(value = "orders", layout = MainLayout.class)
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class OrdersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  static final int PAGE = 50;

  private final OrderQueryService orders;
  private final LiveUpdates live;
  private final Actor actor;
  private final boolean operations;
  private final List<OrderFilterForm> forms = new ArrayList<>();
  private final VerticalLayout formArea = new VerticalLayout();
  private final Grid<Order> grid = new Grid<>();
  private final Span count = new Span();
  private boolean reading;

  public OrdersView(
      OrderQueryService orders,
      OrderBulkActions bulk,
      SavedViews savedViews,
      LiveUpdates live,
      CurrentUser currentUser) {
    this.orders = orders;
    this.live = live;
    this.actor = currentUser.actor();
    this.operations = actor.role() == Role.OPS;
    setSizeFull();
    formArea.setPadding(false);
    formArea.setSpacing(false);
    addForm();

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

    count.addClassName("order-count");
    Anchor export =
        new Anchor(
            OrdersCsv.download(orders, actor, () -> List.copyOf(filters())), "Export as CSV");
    export.addClassName("orders-export");
    export.getElement().setAttribute("download", true);
    HorizontalLayout summary = new HorizontalLayout(count, export);
    summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    summary.setWrap(true);
    add(new H2(title(actor)), formArea);
    if (operations) {
      Button or = new Button("Or also orders that…", click -> addForm());
      or.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      or.addClassName("add-or-filter");
      add(or);
      grid.setSelectionMode(Grid.SelectionMode.MULTI);
      add(new SavedViewsBar(savedViews, actor, this::currentParameters), summary);
    } else {
      add(summary);
      grid.addItemClickListener(
          click -> UI.getCurrent().navigate("orders/" + click.getItem().id()));
    }
    add(grid);
    setFlexGrow(1, grid);
    if (operations) {
      // below the list, so ticking a row never moves the rows
      add(new BulkActionBar(bulk, actor, grid, this::refresh));
    }
  }

  /** The visible page and the count follow changes made elsewhere, at most once a second. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(this, Duration.ofSeconds(1), changed -> true, false, this::refresh);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
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
    QueryParameters parameters = event.getLocation().getQueryParameters();
    reading = true;
    try {
      while (forms.size() > 1) {
        removeForm(forms.getLast());
      }
      for (int i = 1; operations && i < OrderSearch.MAX_FILTERS; i++) {
        if (OrderFilterForm.present(parameters, prefix(i))) {
          addForm();
        }
      }
      forms.forEach(form -> form.read(parameters));
    } finally {
      reading = false;
    }
    filtersChanged();
  }

  private void addForm() {
    if (forms.size() >= OrderSearch.MAX_FILTERS) {
      return;
    }
    OrderFilterForm form =
        new OrderFilterForm(operations, prefix(forms.size()), (f, p) -> filtersChanged());
    forms.add(form);
    if (forms.size() == 1) {
      formArea.add(form);
      return;
    }
    Span or = new Span("or");
    or.getStyle().set("font-weight", "600");
    Button remove = new Button("Remove these conditions");
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    HorizontalLayout heading = new HorizontalLayout(or, remove);
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    VerticalLayout group = new VerticalLayout(heading, form);
    group.setPadding(false);
    group.setSpacing(false);
    group.addClassName("or-filter");
    remove.addClickListener(
        click -> {
          removeForm(form);
          renumber();
          filtersChanged();
        });
    formArea.add(group);
  }

  private void removeForm(OrderFilterForm form) {
    forms.remove(form);
    form.getParent().filter(p -> p != formArea).ifPresent(formArea::remove);
  }

  /** After a set of conditions is removed, the others keep their conditions under new numbers. */
  private void renumber() {
    Map<String, String> kept = new LinkedHashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      String from = forms.get(i).parameters().keySet().stream().findFirst().orElse("");
      String oldPrefix = from.contains(".") ? from.substring(0, from.indexOf('.') + 1) : "";
      for (Map.Entry<String, String> e : forms.get(i).parameters().entrySet()) {
        kept.put(prefix(i) + e.getKey().substring(oldPrefix.length()), e.getValue());
      }
    }
    UI.getCurrent().navigate("orders", QueryParameters.simple(kept));
  }

  private static String prefix(int index) {
    return index == 0 ? "" : "or" + index + ".";
  }

  private List<OrderFilter> filters() {
    return forms.stream().map(OrderFilterForm::filter).toList();
  }

  private void filtersChanged() {
    if (reading) {
      return;
    }
    refresh();
    UI.getCurrent()
        .getPage()
        .getHistory()
        .replaceState(null, new Location("orders", currentParameters()));
  }

  private QueryParameters currentParameters() {
    Map<String, String> all = new LinkedHashMap<>();
    forms.forEach(form -> all.putAll(form.parameters()));
    return QueryParameters.simple(all);
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
            new OrderSearch(filters(), sort, descending, query.getOffset(), query.getLimit()))
        .stream();
  }

  private int total(Query<Order, Void> query) {
    long total = orders.count(actor, filters());
    count.setText(total == 1 ? "1 order" : String.format("%,d orders", total));
    return (int) Math.min(total, Integer.MAX_VALUE);
  }
}
