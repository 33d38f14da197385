package io.mandi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ProcessMonitor;
import io.mandi.ui.AppRoles;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** Which process versions are deployed and how many instances of each are running. */
@Route(value = "admin/processes", layout = MainLayout.class)
@PageTitle("Processes | Mandi")
@RolesAllowed(AppRoles.ADMIN)
public class ProcessesView extends VerticalLayout {
  private final ProcessMonitor monitor;
  private final Grid<DeployedProcess> grid = new Grid<>();

  public ProcessesView(ProcessMonitor monitor) {
    this.monitor = monitor;
    setSizeFull();
    grid.addColumn(DeployedProcess::bpmnProcessId).setHeader("Process").setAutoWidth(true);
    grid.addColumn(DeployedProcess::version).setHeader("Version");
    grid.addColumn(DeployedProcess::processDefinitionKey)
        .setHeader("Definition key")
        .setAutoWidth(true);
    grid.addColumn(DeployedProcess::runningInstances)
        .setHeader("Running instances")
        .setKey("running");
    add(
        new HorizontalLayout(
            new H2("Deployed processes"), new Button("Refresh", click -> refresh())),
        grid);
    expand(grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(monitor.deployedProcesses());
  }
}
