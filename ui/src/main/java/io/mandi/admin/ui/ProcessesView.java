package io.mandi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.admin.DeployedModel;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ModelCheck;
import io.mandi.admin.ProcessAdministration;
import io.mandi.admin.ProcessAuditEntry;
import io.mandi.admin.ProcessMonitor;
import io.mandi.admin.ProcessRefusedException;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import io.mandi.ui.SingleFileUpload;
import jakarta.annotation.security.RolesAllowed;

/**
 * Which process versions are deployed and how many instances of each are running; an admin uploads
 * a new version of a model, sees it checked against the running code, and deploys it (new instances
 * start on it); every upload is in the audit trail.
 */
@Route(value = "admin/processes", layout = MainLayout.class)
@PageTitle("Processes | Mandi")
@RolesAllowed(AppRoles.ADMIN)
public class ProcessesView extends VerticalLayout {
  private final ProcessMonitor monitor;
  private final ProcessAdministration administration;
  private final Actor admin;
  private final Grid<DeployedProcess> grid = new Grid<>();
  private final Grid<ProcessAuditEntry> audit = new Grid<>();
  private final Div checked = new Div();

  public ProcessesView(
      ProcessMonitor monitor, ProcessAdministration administration, CurrentUser currentUser) {
    this.monitor = monitor;
    this.administration = administration;
    this.admin = currentUser.actor();
    grid.addColumn(DeployedProcess::bpmnProcessId).setHeader("Process").setAutoWidth(true);
    grid.addColumn(DeployedProcess::version).setHeader("Version");
    grid.addColumn(DeployedProcess::processDefinitionKey)
        .setHeader("Definition key")
        .setAutoWidth(true);
    grid.addColumn(DeployedProcess::runningInstances)
        .setHeader("Running instances")
        .setKey("running");
    grid.addClassName("deployed-processes");

    Upload upload =
        SingleFileUpload.of(
            "Drop a .bpmn model here", ProcessAdministration.MAX_BYTES, this::showCheck, ".bpmn");
    checked.addClassName("model-check");

    audit.addColumn(a -> Formats.time(a.at())).setHeader("When").setAutoWidth(true);
    audit.addColumn(ProcessAuditEntry::actor).setHeader("Who").setAutoWidth(true);
    audit
        .addColumn(a -> a.processId() == null ? "" : a.processId())
        .setHeader("Process")
        .setAutoWidth(true);
    audit.addColumn(ProcessAuditEntry::action).setHeader("Did").setAutoWidth(true);
    audit.addColumn(a -> a.detail() == null ? "" : a.detail()).setHeader("Detail").setFlexGrow(1);
    audit.setAllRowsVisible(true);
    audit.addClassName("process-audit");

    add(
        new HorizontalLayout(
            new H2("Deployed processes"), new Button("Refresh", click -> refresh())),
        grid,
        new H3("Upload a new version of a model"),
        new Paragraph(
            "The model is checked against the running code first: it must be one of Mandi's"
                + " processes, every job type needs a worker, every message and error must be one"
                + " the code knows. Running instances finish on their version."),
        upload,
        checked,
        new H3("Uploads"),
        audit);
    refresh();
  }

  private void showCheck(String fileName, byte[] content) {
    checked.removeAll();
    ModelCheck check = administration.check(admin, fileName, content);
    if (check.deployable()) {
      Button deploy =
          new Button(
              "Deploy as a new version of " + check.processId(),
              click -> deploy(fileName, content));
      deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      checked.add(
          new Paragraph(
              fileName + " is a version of " + check.processId() + " and passes every check."),
          deploy);
    } else {
      checked.add(new Paragraph(fileName + " cannot be deployed:"));
      UnorderedList problems = new UnorderedList();
      check.problems().forEach(problem -> problems.add(new ListItem(problem)));
      problems.addClassName("model-problems");
      checked.add(problems);
    }
  }

  private void deploy(String fileName, byte[] content) {
    try {
      DeployedModel deployed = administration.upload(admin, fileName, content);
      Notification.show(
              deployed.processId()
                  + " is now version "
                  + deployed.version()
                  + "; new instances start on it",
              5000,
              Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      checked.removeAll();
      checked.add(
          new Paragraph(
              "Deployed " + deployed.processId() + " version " + deployed.version() + "."));
      refresh();
    } catch (ProcessRefusedException refused) {
      error(refused.getMessage());
      refresh();
    }
  }

  private static void error(String message) {
    Notification.show(message, 8000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private void refresh() {
    grid.setItems(monitor.deployedProcesses());
    audit.setItems(administration.audit(50));
  }
}
