package io.mandi.task.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.mandi.account.Actor;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskAssignments;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskSort;
import io.mandi.task.TaskView;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tasks a seller or operations work on: views (mine, unassigned, overdue, escalated, follow-up
 * due, completed), a kind filter and an order, all paged in the database and kept in the address.
 * Each task opens on a page of its own; the list follows changes by itself.
 */
@Route(value = "inbox", layout = MainLayout.class)
@PageTitle("Task inbox | Mandi")
@RolesAllowed({AppRoles.SELLER, AppRoles.OPS, AppRoles.ADMIN})
public class TaskInboxView extends VerticalLayout implements BeforeEnterObserver {
  static final int PAGE = 50;

  /** The completed-task history, beside the views of open tasks. */
  private static final String COMPLETED = "COMPLETED";

  private final TaskInboxService inbox;
  private final LiveUpdates live;
  private final Clock clock;
  private final Actor actor;
  private final Select<String> view = new Select<>();
  private final ComboBox<TaskKind> kind = new ComboBox<>("Kind");
  private final Select<TaskSort> sort = new Select<>();
  private final Grid<HumanTask> open = new Grid<>();
  private final Grid<HumanTask> closed = new Grid<>();
  private final Span count = new Span();
  private boolean reading;

  public TaskInboxView(
      TaskInboxService inbox, LiveUpdates live, Clock clock, CurrentUser currentUser) {
    this.inbox = inbox;
    this.live = live;
    this.clock = clock;
    this.actor = currentUser.actor();
    setSizeFull();

    view.setLabel("Show");
    view.setItems(
        TaskView.ALL.name(),
        TaskView.MINE.name(),
        TaskView.UNASSIGNED.name(),
        TaskView.OVERDUE.name(),
        TaskView.ESCALATED.name(),
        TaskView.FOLLOW_UP.name(),
        COMPLETED);
    view.setItemLabelGenerator(TaskInboxView::viewLabel);
    view.setValue(TaskView.ALL.name());
    kind.setItems(inbox.kinds());
    kind.setItemLabelGenerator(TaskKind::title);
    kind.setClearButtonVisible(true);
    kind.setPlaceholder("All kinds");
    sort.setLabel("Order by");
    sort.setItems(TaskSort.values());
    sort.setItemLabelGenerator(
        s ->
            switch (s) {
              case DUE -> "Due first";
              case PRIORITY -> "Priority";
              case CREATED -> "Oldest first";
            });
    sort.setValue(TaskSort.DUE);
    view.addValueChangeListener(e -> changed());
    kind.addValueChangeListener(e -> changed());
    sort.addValueChangeListener(e -> changed());

    buildOpenGrid();
    buildClosedGrid();
    count.addClassName("task-count");
    HorizontalLayout filters = new HorizontalLayout(view, kind, sort);
    filters.setWrap(true);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(new H2("Task inbox"), filters, count, open, closed);
    setFlexGrow(1, open, closed);
    closed.setVisible(false);
  }

  /** What a task is about: an order ("#12"), a request ("Request #3") or a price change. */
  static String subject(HumanTask task) {
    if (task.orderId() != null) {
      return "#" + task.orderId();
    }
    if (task.priceChangeId() != null) {
      return "Price change #" + task.priceChangeId();
    }
    if (task.ruleSet() != null) {
      return task.ruleSet() + " v" + task.ruleVersion();
    }
    return task.rfqId() == null ? "" : "Request #" + task.rfqId();
  }

  private void buildOpenGrid() {
    open.addColumn(t -> inbox.kindOf(t).title()).setHeader("Task").setAutoWidth(true);
    open.addColumn(TaskInboxView::subject).setHeader("About").setKey("order").setAutoWidth(true);
    open.addColumn(new ComponentRenderer<>(this::due)).setHeader("Due").setAutoWidth(true);
    open.addColumn(t -> TaskAssignments.priorityLabel(t.priority()))
        .setHeader("Priority")
        .setAutoWidth(true);
    open.addColumn(t -> t.assignee() == null ? "Nobody yet" : t.assignee())
        .setHeader("With")
        .setAutoWidth(true);
    open.addColumn(t -> Formats.time(t.createdAt())).setHeader("Since").setAutoWidth(true);
    open.setPageSize(PAGE);
    open.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    open.setItems(
        query ->
            inbox
                .openTasks(
                    actor,
                    openView(),
                    kindName(),
                    sort.getValue(),
                    query.getOffset(),
                    query.getLimit())
                .stream(),
        query -> {
          long total = inbox.countOpenTasks(actor, openView(), kindName());
          count.setText(total == 1 ? "1 open task" : String.format("%,d open tasks", total));
          return (int) Math.min(total, Integer.MAX_VALUE);
        });
    open.addItemClickListener(click -> openTask(click.getItem()));
  }

  private void buildClosedGrid() {
    closed.addColumn(t -> inbox.kindOf(t).title()).setHeader("Task").setAutoWidth(true);
    closed.addColumn(TaskInboxView::subject).setHeader("About").setAutoWidth(true);
    closed.addColumn(t -> inbox.outcomeLabel(t)).setHeader("Decision").setAutoWidth(true);
    closed.addColumn(HumanTask::closedBy).setHeader("By").setAutoWidth(true);
    closed.addColumn(t -> Formats.time(t.closedAt())).setHeader("Closed").setAutoWidth(true);
    closed.addColumn(t -> t.comment() == null ? "" : t.comment()).setHeader("Note");
    closed.setPageSize(PAGE);
    closed.setItems(
        query -> inbox.closedTasks(actor, query.getOffset(), query.getLimit()).stream(),
        query -> {
          long total = inbox.countClosedTasks(actor);
          count.setText(String.format("%,d closed tasks", total));
          return (int) Math.min(total, Integer.MAX_VALUE);
        });
    closed.addItemClickListener(click -> openTask(click.getItem()));
  }

  /** The due date, in the error colour once it has passed, and marked escalated. */
  private Span due(HumanTask task) {
    Span due = new Span(task.dueAt() == null ? "" : Formats.time(task.dueAt()));
    if (task.isOverdue(clock.instant())) {
      due.setText(due.getText() + (task.escalatedAt() == null ? " · overdue" : " · escalated"));
      due.addClassName("overdue");
      due.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    }
    return due;
  }

  private void openTask(HumanTask task) {
    UI.getCurrent()
        .navigate(TaskPage.class, new RouteParameters("taskId", String.valueOf(task.id())));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
    reading = true;
    try {
      view.setValue(valid(parameters.get("show"), TaskView.ALL.name(), view.getListDataView()));
      String kindName = first(parameters.get("kind"));
      kind.setValue(
          inbox.kinds().stream().filter(k -> k.name().equals(kindName)).findFirst().orElse(null));
      sort.setValue(
          java.util.Arrays.stream(TaskSort.values())
              .filter(s -> s.name().equals(first(parameters.get("sort"))))
              .findFirst()
              .orElse(TaskSort.DUE));
    } finally {
      reading = false;
    }
    show();
  }

  /** New, claimed and closed tasks show up without a reload. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(this, Duration.ofSeconds(1), order -> false, true, this::refresh);
  }

  private void refresh() {
    open.getDataProvider().refreshAll();
    closed.getDataProvider().refreshAll();
  }

  private void changed() {
    if (reading) {
      return;
    }
    show();
    Map<String, String> parameters = new HashMap<>();
    if (!TaskView.ALL.name().equals(view.getValue())) {
      parameters.put("show", view.getValue());
    }
    if (kind.getValue() != null) {
      parameters.put("kind", kind.getValue().name());
    }
    if (sort.getValue() != TaskSort.DUE) {
      parameters.put("sort", sort.getValue().name());
    }
    UI.getCurrent()
        .getPage()
        .getHistory()
        .replaceState(null, new Location("inbox", QueryParameters.simple(parameters)));
  }

  private void show() {
    boolean history = COMPLETED.equals(view.getValue());
    open.setVisible(!history);
    closed.setVisible(history);
    kind.setEnabled(!history);
    sort.setEnabled(!history);
    refresh();
  }

  private TaskView openView() {
    return COMPLETED.equals(view.getValue()) ? TaskView.ALL : TaskView.valueOf(view.getValue());
  }

  private String kindName() {
    return kind.getValue() == null ? null : kind.getValue().name();
  }

  private static String viewLabel(String view) {
    return switch (view) {
      case "MINE" -> "Mine";
      case "UNASSIGNED" -> "Nobody's yet";
      case "OVERDUE" -> "Overdue";
      case "ESCALATED" -> "Escalated";
      case "FOLLOW_UP" -> "Follow-up due";
      case COMPLETED -> "Completed";
      default -> "All open";
    };
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  private static String valid(
      List<String> values,
      String fallback,
      com.vaadin.flow.data.provider.ListDataView<String, ?> allowed) {
    String value = first(values);
    return value != null && allowed.getItems().anyMatch(value::equals) ? value : fallback;
  }
}
