package io.mandi.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.admin.ui.DeliveryProblemsView;
import io.mandi.admin.ui.PricePreviewView;
import io.mandi.admin.ui.ProcessesView;
import io.mandi.admin.ui.RecoveryView;
import io.mandi.admin.ui.RuleSetsView;
import io.mandi.catalog.ui.CatalogView;
import io.mandi.ledger.ui.PayoutsView;
import io.mandi.notification.ui.MessagesView;
import io.mandi.order.ui.CartView;
import io.mandi.order.ui.OrdersView;
import io.mandi.recommendation.ui.MyPricesView;
import io.mandi.rfq.ui.RfqsView;
import io.mandi.task.TaskInboxService;
import io.mandi.task.ui.TaskInboxView;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;

/** The frame around every view: what each role can reach, who is logged in, log out. */
@PermitAll
public class MainLayout extends AppLayout {
  private final TaskInboxService inbox;
  private final LiveUpdates live;
  private final Actor actor;
  private final Span taskBadge = new Span();
  private long openTasks = -1;

  public MainLayout(CurrentUser currentUser, TaskInboxService inbox, LiveUpdates live) {
    this.inbox = inbox;
    this.live = live;
    MandiUser user = currentUser.user();
    this.actor = user.actor();
    SideNav nav = new SideNav();
    switch (user.actor().role()) {
      case BUYER -> {
        nav.addItem(new SideNavItem("Catalog", CatalogView.class));
        nav.addItem(new SideNavItem("Cart", CartView.class));
        nav.addItem(new SideNavItem("My orders", OrdersView.class));
        nav.addItem(new SideNavItem("Requests for quotation", RfqsView.class));
        nav.addItem(new SideNavItem("Messages", MessagesView.class));
      }
      case SELLER -> {
        nav.addItem(inboxItem());
        nav.addItem(new SideNavItem("My orders", OrdersView.class));
        nav.addItem(new SideNavItem("Requests for quotation", RfqsView.class));
        nav.addItem(new SideNavItem("My prices", MyPricesView.class));
        nav.addItem(new SideNavItem("Payouts", PayoutsView.class));
        nav.addItem(new SideNavItem("Messages", MessagesView.class));
      }
      case OPS -> {
        nav.addItem(inboxItem());
        nav.addItem(new SideNavItem("All orders", OrdersView.class));
        nav.addItem(new SideNavItem("Requests for quotation", RfqsView.class));
        nav.addItem(new SideNavItem("Delivery problems", DeliveryProblemsView.class));
        nav.addItem(new SideNavItem("Recovery", RecoveryView.class));
        nav.addItem(new SideNavItem("Price preview", PricePreviewView.class));
        nav.addItem(new SideNavItem("Messages", MessagesView.class));
      }
      case ADMIN -> {
        nav.addItem(inboxItem());
        nav.addItem(new SideNavItem("Business rules", RuleSetsView.class));
        nav.addItem(new SideNavItem("Price preview", PricePreviewView.class));
        nav.addItem(new SideNavItem("Processes", ProcessesView.class));
        nav.addItem(new SideNavItem("Delivery problems", DeliveryProblemsView.class));
        nav.addItem(new SideNavItem("Recovery", RecoveryView.class));
      }
    }
    addToDrawer(nav);

    H2 title = new H2("Mandi");
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
    Span who = new Span(user.displayName() + " · " + user.actor().role().name().toLowerCase());
    who.addClassName("signed-in-as");
    // On a phone the name takes one line and is cut with an ellipsis instead of wrapping.
    who.getStyle()
        .set("white-space", "nowrap")
        .set("overflow", "hidden")
        .set("text-overflow", "ellipsis")
        .set("min-width", "0");
    Button logout = new Button("Log out", click -> currentUser.logout());
    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
    header.setWidthFull();
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(who);
    header.getStyle().set("padding-right", "var(--lumo-space-m)");
    addToNavbar(header);
  }

  private SideNavItem inboxItem() {
    SideNavItem item = new SideNavItem("Task inbox", TaskInboxView.class);
    taskBadge.getElement().getThemeList().addAll(java.util.List.of("badge", "pill", "small"));
    taskBadge.addClassName("task-badge");
    item.setSuffixComponent(taskBadge);
    return item;
  }

  /** The badge counts open tasks and follows them live; a new one is announced once. */
  @Override
  protected void onAttach(AttachEvent attach) {
    if (actor.role() == Role.SELLER || actor.role() == Role.OPS || actor.role() == Role.ADMIN) {
      countTasks();
      live.subscribe(this, Duration.ofSeconds(1), order -> false, true, this::countTasks);
    }
  }

  private void countTasks() {
    long now = inbox.countOpenTasks(actor);
    if (openTasks >= 0 && now > openTasks) {
      long added = now - openTasks;
      Notification notice =
          Notification.show(
              added == 1 ? "A new task is in your inbox" : added + " new tasks are in your inbox",
              4000,
              Notification.Position.TOP_END);
      notice.addClassName("new-task-notice");
    }
    openTasks = now;
    taskBadge.setText(String.format("%,d", now));
    taskBadge.getElement().setAttribute("aria-label", now + " open tasks");
  }
}
