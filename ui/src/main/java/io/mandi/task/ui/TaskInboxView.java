package io.mandi.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.order.OrderQueryService;
import io.mandi.order.ui.OrderDetailsPanel;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskNoLongerActiveException;
import io.mandi.task.TaskNotOpenException;
import io.mandi.task.TaskOutcome;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Open tasks: a seller's own, or every one for operations staff. */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Task inbox | Mandi")
@RolesAllowed({AppRoles.SELLER, AppRoles.OPS})
public class TaskInboxView extends VerticalLayout {
  private final TaskInboxService inbox;
  private final OrderQueryService orders;
  private final Actor actor;
  private final Grid<HumanTask> grid = new Grid<>();
  private final VerticalLayout detail = new VerticalLayout();

  public TaskInboxView(TaskInboxService inbox, OrderQueryService orders, CurrentUser currentUser) {
    this.inbox = inbox;
    this.orders = orders;
    this.actor = currentUser.actor();
    setSizeFull();

    grid.addColumn(task -> task.kind().title()).setHeader("Task").setAutoWidth(true);
    grid.addColumn(task -> task.orderId() == null ? "" : "#" + task.orderId())
        .setHeader("Order")
        .setKey("order");
    grid.addColumn(task -> Formats.time(task.dueAt())).setHeader("Due").setAutoWidth(true);
    grid.addColumn(HumanTask::candidateGroup).setHeader("For");
    grid.addColumn(task -> Formats.time(task.createdAt())).setHeader("Since").setAutoWidth(true);
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    detail.setPadding(false);

    Button refresh = new Button("Refresh", click -> refresh());
    add(new HorizontalLayout(new H2("Task inbox"), refresh), grid, detail);
    setFlexGrow(1, grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(inbox.openTasksFor(actor));
    detail.removeAll();
  }

  private void show(HumanTask task) {
    detail.removeAll();
    if (task == null) {
      return;
    }
    detail.add(
        new H3(
            task.kind().title() + (task.orderId() == null ? "" : " — order #" + task.orderId())));
    if (task.dueAt() != null) {
      detail.add(new Paragraph("Due " + Formats.time(task.dueAt())));
    }
    if (task.orderId() != null) {
      detail.add(new OrderDetailsPanel(orders.details(actor, task.orderId())));
    }
    if (!inbox.mayComplete(actor, task)) {
      detail.add(
          new Paragraph("Waiting for " + task.candidateGroup() + "; you can follow it here."));
      return;
    }
    detail.add(decisionForm(task));
  }

  private VerticalLayout decisionForm(HumanTask task) {
    TextArea comment = new TextArea(commentLabel(task.kind()));
    comment.setWidthFull();
    comment.setMaxLength(1000);
    HorizontalLayout buttons = new HorizontalLayout();
    for (TaskOutcome outcome : task.kind().outcomes()) {
      Button button = new Button(label(outcome), click -> decide(task, outcome, comment));
      if (outcome != TaskOutcome.REFUSE && outcome != TaskOutcome.DECLINE) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      } else {
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
      }
      buttons.add(button);
    }
    VerticalLayout form = new VerticalLayout(comment, buttons);
    form.setPadding(false);
    return form;
  }

  private void decide(HumanTask task, TaskOutcome outcome, TextArea comment) {
    try {
      inbox.complete(actor, task.id(), new TaskDecision(outcome, comment.getValue()));
      Notification.show(label(outcome) + ": done", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      refresh();
    } catch (IllegalArgumentException invalid) {
      comment.setInvalid(true);
      comment.setErrorMessage(invalid.getMessage());
    } catch (TaskNoLongerActiveException | TaskNotOpenException gone) {
      Notification.show(gone.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
      refresh();
    }
  }

  private static String commentLabel(TaskKind kind) {
    return switch (kind) {
      case SELLER_ACCEPTANCE -> "Reason (needed to refuse)";
      case CREDIT_APPROVAL -> "Reason (needed to decline)";
      case EXPIRED_ORDER_FOLLOW_UP -> "What was done";
    };
  }

  private static String label(TaskOutcome outcome) {
    return switch (outcome) {
      case ACCEPT -> "Accept order";
      case REFUSE -> "Refuse order";
      case RESOLVE -> "Mark resolved";
      case APPROVE -> "Approve credit";
      case DECLINE -> "Decline credit";
    };
  }
}
