package io.mandi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.outbox.DeliveryRejectedException;
import io.mandi.outbox.OutboxEntry;
import io.mandi.outbox.OutboxMonitor;
import io.mandi.outbox.OutboxStatus;
import io.mandi.recovery.JobFailure;
import io.mandi.recovery.JobFailureLog;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * What the platform could not tell (outbox entries still failing or refused, with a replay) and
 * which process steps the engine gave up on: background failures made visible to someone who can
 * act.
 */
@Route(value = "admin/delivery-problems", layout = MainLayout.class)
@PageTitle("Delivery problems | Mandi")
@RolesAllowed({AppRoles.OPS, AppRoles.ADMIN})
public class DeliveryProblemsView extends VerticalLayout {
  static final int SHOWN = 200;

  private final OutboxMonitor outbox;
  private final JobFailureLog jobs;
  private final CurrentUser currentUser;
  private final Span summary = new Span();
  private final Grid<OutboxEntry> entries = new Grid<>();
  private final Grid<JobFailure> failedSteps = new Grid<>();

  public DeliveryProblemsView(OutboxMonitor outbox, JobFailureLog jobs, CurrentUser currentUser) {
    this.outbox = outbox;
    this.jobs = jobs;
    this.currentUser = currentUser;
    setSizeFull();
    entries.addColumn(OutboxEntry::dedupKey).setHeader("Message").setAutoWidth(true);
    entries
        .addColumn(e -> e.status() == OutboxStatus.REJECTED ? "Refused" : "Retrying")
        .setHeader("State");
    entries.addColumn(OutboxEntry::attempts).setHeader("Attempts");
    entries.addColumn(e -> Formats.time(e.createdAt())).setHeader("Since");
    entries.addColumn(OutboxEntry::lastError).setHeader("Last error").setFlexGrow(1);
    entries.addComponentColumn(this::replayButton).setHeader("").setAutoWidth(true);
    failedSteps.addColumn(JobFailure::jobType).setHeader("Step").setAutoWidth(true);
    failedSteps
        .addColumn(f -> f.orderId() == null ? "" : "Order " + f.orderId())
        .setHeader("Order");
    failedSteps.addColumn(f -> Formats.time(f.failedAt())).setHeader("Failed at");
    failedSteps.addColumn(JobFailure::error).setHeader("Error").setFlexGrow(1);
    add(
        new HorizontalLayout(new H2("Delivery problems"), new Button("Refresh", c -> refresh())),
        summary,
        new H3("Messages not delivered"),
        entries,
        new H3("Steps the engine gave up on"),
        failedSteps);
    refresh();
  }

  private Button replayButton(OutboxEntry entry) {
    Button replay = new Button("Send again", click -> replay(entry));
    replay.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return replay;
  }

  private void replay(OutboxEntry entry) {
    try {
      boolean sent = outbox.replay(currentUser.user().actor(), entry.id());
      Notification.show(sent ? "Delivered" : "Still not delivered: see the last error")
          .addThemeVariants(
              sent ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
    } catch (DeliveryRejectedException | IllegalArgumentException e) {
      Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
    refresh();
  }

  private void refresh() {
    summary.setText(
        outbox.pendingCount()
            + " waiting to be sent, "
            + outbox.troubledCount()
            + " with problems; "
            + jobs.attemptsFailed()
            + " failed step attempts in all");
    entries.setItems(outbox.troubled(SHOWN));
    failedSteps.setItems(jobs.lastFailures(SHOWN));
  }
}
