package io.mandi.task.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.ui.OrderActivity;
import io.mandi.order.ui.OrderDetailsPanel;
import io.mandi.payment.EscrowService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;

/** Open tasks: a seller's own, or every one for operations staff. */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Task inbox | Mandi")
@RolesAllowed({AppRoles.SELLER, AppRoles.OPS})
public class TaskInboxView extends VerticalLayout {
  static final int PAGE = 50;

  private final TaskInboxService inbox;
  private final OrderQueryService orders;
  private final OrderActivity activity;
  private final Actor actor;
  private final LiveUpdates live;
  private final EscrowService escrow;
  private final Grid<HumanTask> grid = new Grid<>();
  private final VerticalLayout detail = new VerticalLayout();
  private final Span count = new Span();

  public TaskInboxView(
      TaskInboxService inbox,
      OrderQueryService orders,
      OrderActivity activity,
      LiveUpdates live,
      EscrowService escrow,
      CurrentUser currentUser) {
    this.live = live;
    this.escrow = escrow;
    this.inbox = inbox;
    this.orders = orders;
    this.activity = activity;
    this.actor = currentUser.actor();
    setSizeFull();

    grid.addColumn(task -> inbox.kindOf(task).title()).setHeader("Task").setAutoWidth(true);
    grid.addColumn(task -> task.orderId() == null ? "" : "#" + task.orderId())
        .setHeader("Order")
        .setKey("order");
    grid.addColumn(task -> Formats.time(task.dueAt())).setHeader("Due").setAutoWidth(true);
    grid.addColumn(HumanTask::candidateGroup).setHeader("For");
    grid.addColumn(task -> Formats.time(task.createdAt())).setHeader("Since").setAutoWidth(true);
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    detail.setPadding(false);

    grid.setPageSize(PAGE);
    grid.setItems(
        query -> inbox.openTasks(actor, query.getOffset(), query.getLimit()).stream(),
        query -> {
          long open = inbox.countOpenTasks(actor);
          count.setText(open == 1 ? "1 open task" : String.format("%,d open tasks", open));
          return (int) Math.min(open, Integer.MAX_VALUE);
        });
    count.addClassName("task-count");

    Button refresh = new Button("Refresh", click -> refresh());
    HorizontalLayout title = new HorizontalLayout(new H2("Task inbox"), refresh);
    title.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    add(title, count, grid, detail);
    setFlexGrow(1, grid);
  }

  /** New and closed tasks show up without a reload; an open decision form stays as it is. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(
        this, Duration.ofSeconds(1), order -> false, true, grid.getDataProvider()::refreshAll);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    detail.removeAll();
  }

  private void show(HumanTask task) {
    detail.removeAll();
    if (task == null) {
      return;
    }
    detail.add(
        new H3(
            inbox.kindOf(task).title()
                + (task.orderId() == null ? "" : " — order #" + task.orderId())));
    if (task.dueAt() != null) {
      detail.add(new Paragraph("Due " + Formats.time(task.dueAt())));
    }
    if (task.orderId() != null) {
      OrderDetails details = orders.details(actor, task.orderId());
      detail.add(new OrderDetailsPanel(details), activity.panel(actor, details));
    }
    if (!inbox.mayComplete(actor, task)) {
      detail.add(
          new Paragraph("Waiting for " + task.candidateGroup() + "; you can follow it here."));
      return;
    }
    detail.add(new TaskDecisionForm(inbox, escrow, actor, task, this::refresh));
  }
}
