package io.mandi.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.notification.Notification;
import io.mandi.notification.OrderNotificationService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The messages sent about one's orders (the WhatsApp notices, in words), newest first. Operations
 * see everyone's and can look up one recipient's.
 */
@Route(value = "messages", layout = MainLayout.class)
@PageTitle("Messages | Mandi")
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class MessagesView extends VerticalLayout {
  static final int PAGE = 50;

  public MessagesView(OrderNotificationService notifications, CurrentUser currentUser) {
    Actor actor = currentUser.actor();
    setSizeFull();
    TextField recipient = new TextField("Sent to (phone)");
    recipient.setPlaceholder("+91…");
    recipient.setMaxLength(20);
    recipient.setValueChangeMode(ValueChangeMode.LAZY);
    recipient.setClearButtonVisible(true);

    Grid<Notification> grid = new Grid<>();
    grid.addColumn(n -> Formats.time(n.createdAt())).setHeader("When").setAutoWidth(true);
    grid.addColumn(
            LitRenderer.<Notification>of("${item.text}")
                .withProperty(
                    "text", n -> n.summary() == null ? Formats.label(n.template()) : n.summary()))
        .setHeader("Message")
        .setFlexGrow(1);
    if (actor.role() == Role.OPS) {
      grid.addColumn(Notification::recipient).setHeader("To").setAutoWidth(true);
      grid.addColumn(n -> n.audience() == null ? "" : Formats.label(n.audience()))
          .setHeader("Party")
          .setAutoWidth(true);
    }
    grid.addColumn(n -> Formats.label(n.status().name())).setHeader("Sent").setAutoWidth(true);
    grid.setPageSize(PAGE);
    grid.addClassName("messages");
    grid.setItems(
        query ->
            notifications
                .messagesFor(actor, recipient.getValue(), query.getOffset(), query.getLimit())
                .stream());
    recipient.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    add(new H2("Messages"));
    if (actor.role() == Role.OPS) {
      add(recipient);
    }
    add(grid);
    expand(grid);
  }
}
