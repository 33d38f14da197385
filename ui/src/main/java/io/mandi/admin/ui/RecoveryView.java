package io.mandi.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.recovery.RecoveryCase;
import io.mandi.recovery.RecoveryCaseStatus;
import io.mandi.recovery.RecoveryCases;
import io.mandi.ui.AppRoles;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * What self-healing did: cases found per kind, how many recovery fixed by itself, how many wait for
 * operations, messages still failing, and the newest cases. The figures are the ones Prometheus
 * reads at /actuator/prometheus.
 */
@Route(value = "admin/recovery", layout = MainLayout.class)
@PageTitle("Recovery | Mandi")
@RolesAllowed({AppRoles.OPS, AppRoles.ADMIN})
public class RecoveryView extends VerticalLayout {
  static final int SHOWN = 200;

  public RecoveryView(RecoveryCases cases) {
    List<Map<String, Object>> counts = cases.counts();
    FlexLayout figures = new FlexLayout();
    figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    figures.getStyle().set("gap", "var(--lumo-space-m) var(--lumo-space-xl)");
    figures.add(
        figure("Found", total(counts, null)),
        figure("Fixed by recovery", total(counts, "RECOVERED")),
        figure("Waiting for operations", cases.openEscalations()),
        figure("Closed by operations", total(counts, "RESOLVED")),
        figure("Messages failing", cases.failingOutboxEntries()));

    Grid<RecoveryCase> grid = new Grid<>();
    grid.addColumn(c -> c.orderId() == null ? "" : "Order " + c.orderId())
        .setHeader("Order")
        .setAutoWidth(true);
    grid.addColumn(c -> Formats.label(c.kind().name())).setHeader("Found").setAutoWidth(true);
    grid.addColumn(c -> Formats.label(c.status().name())).setHeader("State").setAutoWidth(true);
    grid.addColumn(RecoveryCase::attempts).setHeader("Attempts").setAutoWidth(true);
    grid.addColumn(c -> Formats.time(c.detectedAt())).setHeader("Since").setAutoWidth(true);
    grid.addColumn(RecoveryCase::detail).setHeader("What").setFlexGrow(1);
    grid.setWidthFull();
    grid.addClassName("recovery-cases");

    Select<RecoveryCaseStatus> state = new Select<>();
    state.setLabel("State");
    state.setItems(RecoveryCaseStatus.values());
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption("Any");
    state.setItemLabelGenerator(s -> s == null ? "Any" : Formats.label(s.name()));
    TextField order = new TextField("Order number");
    order.setAllowedCharPattern("[0-9]");
    order.setMaxLength(18);
    order.setClearButtonVisible(true);
    Runnable show =
        () ->
            grid.setItems(
                cases.cases(
                    state.getValue(),
                    order.isEmpty() ? null : Long.valueOf(order.getValue()),
                    SHOWN));
    state.addValueChangeListener(event -> show.run());
    order.addValueChangeListener(event -> show.run());
    show.run();
    FlexLayout filters = new FlexLayout(state, order);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-m)");

    add(new H2("Recovery"), figures, new H3("Newest cases"), filters, grid);
    setSizeFull();
  }

  private static long total(List<Map<String, Object>> counts, String status) {
    return counts.stream()
        .filter(row -> status == null || status.equals(row.get("status")))
        .mapToLong(row -> ((Number) row.get("cases")).longValue())
        .sum();
  }

  private static VerticalLayout figure(String label, long value) {
    Span number = new Span(String.valueOf(value));
    number.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
    VerticalLayout box = new VerticalLayout(number, new Span(label));
    box.setSpacing(false);
    box.setPadding(false);
    box.setWidth("auto");
    box.addClassName("recovery-figure");
    return box;
  }
}
