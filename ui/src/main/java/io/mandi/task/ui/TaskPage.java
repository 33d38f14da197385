package io.mandi.task.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.account.UserAccount;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderQueryService;
import io.mandi.order.ui.OrderActivity;
import io.mandi.order.ui.OrderDetailsPanel;
import io.mandi.payment.EscrowService;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.ui.DiscountFacts;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskAssignments;
import io.mandi.task.TaskEvent;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskStatus;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

/**
 * One task on a page of its own (/tasks/123), to link and bookmark: the decision first, then who
 * has it and what can be done about that (claim, give back, assign, delegate, hand back, priority,
 * due and follow-up dates), its audit trail, and the order it is about.
 */
@Route(value = "tasks/:taskId([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({AppRoles.SELLER, AppRoles.OPS, AppRoles.ADMIN})
public class TaskPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

  private final TaskInboxService inbox;
  private final RfqService rfqs;
  private final TaskAssignments assignments;
  private final OrderQueryService orders;
  private final OrderActivity activity;
  private final EscrowService escrow;
  private List<Object> shown;
  private final LiveUpdates live;
  private final Clock clock;
  private final Actor actor;
  private long taskId;
  private Long orderId;
  private String title = "Task | Mandi";

  public TaskPage(
      TaskInboxService inbox,
      TaskAssignments assignments,
      OrderQueryService orders,
      OrderActivity activity,
      EscrowService escrow,
      LiveUpdates live,
      RfqService rfqs,
      io.mandi.recommendation.PriceChanges priceChanges,
      Clock clock,
      CurrentUser currentUser) {
    this.rfqs = rfqs;
    this.priceChanges = priceChanges;
    this.inbox = inbox;
    this.assignments = assignments;
    this.orders = orders;
    this.activity = activity;
    this.escrow = escrow;
    this.live = live;
    this.clock = clock;
    this.actor = currentUser.actor();
  }

  private final io.mandi.recommendation.PriceChanges priceChanges;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    taskId = event.getRouteParameters().getLong("taskId").orElseThrow();
    render();
  }

  /**
   * Someone else claiming, delegating or deciding the task, or the order moving on, shows here at
   * once. The page is redrawn only when what it shows changed: the echo of this person's own action
   * (already drawn) must not replace a list they have just opened.
   */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(
        this,
        Duration.ofMillis(200),
        changed -> orderId != null && changed == orderId,
        false,
        () -> {
          if (!java.util.Objects.equals(shown, snapshot())) {
            render();
          }
        });
  }

  /** The task and its order as they are now, to tell whether the page is out of date. */
  private List<Object> snapshot() {
    try {
      HumanTask task = inbox.task(actor, taskId);
      if (task.orderId() == null) {
        return List.of(task);
      }
      return List.of(
          task,
          orders.details(actor, task.orderId()).order(),
          escrow.statement(actor, task.orderId()).map(s -> s.describe(false)).orElse(""));
    } catch (RuntimeException gone) {
      return List.of(gone.getClass().getName()); // not visible any more: redraw says so
    }
  }

  @Override
  public String getPageTitle() {
    return title;
  }

  /** A seller's price change in words: the offer, old and new price, and the seller's reasons. */
  private static Paragraph priceChangeFacts(io.mandi.recommendation.PriceChange change) {
    Paragraph facts =
        new Paragraph(
            "Offer #"
                + change.offerId()
                + ": "
                + change.requestedBy()
                + " asks to move the price from ₹"
                + change.oldPrice().toPlainString()
                + " to ₹"
                + change.newPrice().toPlainString()
                + " ("
                + (change.changePercent().signum() > 0 ? "+" : "")
                + change.changePercent().toPlainString()
                + " %). "
                + change.status().label()
                + "."
                + (change.reasons() == null ? "" : " Reasons: " + change.reasons()));
    facts.addClassName("task-price-change");
    return facts;
  }

  private void render() {
    shown = snapshot();
    removeAll();
    add(new RouterLink("← Task inbox", TaskInboxView.class));
    HumanTask task;
    try {
      task = inbox.task(actor, taskId);
    } catch (NotAllowedException notYours) {
      title = "Task not found | Mandi";
      add(
          new H2("Task " + taskId + " not found"),
          new Paragraph("There is no such task, or it is not one of yours."));
      return;
    }
    orderId = task.orderId();
    String kind = inbox.kindOf(task).title();
    title = kind + (orderId == null ? "" : " · order #" + orderId) + " | Mandi";
    HorizontalLayout heading = new HorizontalLayout(new H2(kind));
    heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    heading.setWrap(true);
    if (orderId != null) {
      heading.add(new Anchor("orders/" + orderId, "Order #" + orderId));
    }
    if (task.rfqId() != null) {
      Anchor request = new Anchor("rfqs/" + task.rfqId(), "Request #" + task.rfqId());
      request.addClassName("task-rfq");
      heading.add(request);
    }
    Paragraph state = new Paragraph(stateLine(task));
    state.addClassName("task-state");
    if (task.isOverdue(clock.instant())) {
      state.getStyle().set("color", "var(--lumo-error-text-color)");
    }
    add(heading, state);
    if (task.rfqId() != null && task.quoteId() != null) {
      rfqs.quotes(actor, task.rfqId()).stream()
          .filter(q -> q.id() == task.quoteId())
          .findFirst()
          .ifPresent(
              quote -> {
                Paragraph facts = new Paragraph(DiscountFacts.of(quote));
                facts.addClassName("task-quote");
                add(facts);
              });
    }
    if (task.priceChangeId() != null) {
      add(priceChangeFacts(priceChanges.find(task.priceChangeId())));
    }
    if (task.ruleSet() != null) {
      Anchor rules =
          new Anchor(
              "admin/rules/" + task.ruleSet(),
              task.ruleSet()
                  + " v"
                  + task.ruleVersion()
                  + ": see its changes, scenarios and shadow run");
      rules.addClassName("task-rule-version");
      add(rules);
    }
    if (orderId != null) {
      Paragraph money =
          new Paragraph(
              escrow
                  .statement(actor, orderId)
                  .map(s -> "Payment: " + s.describe(false))
                  .orElse("Payment: the buyer has not paid yet."));
      money.addClassName("escrow-statement");
      add(money);
    }
    if (inbox.mayComplete(actor, task)) {
      add(new TaskDecisionForm(inbox, escrow, actor, task, this::render));
    }
    if (task.status() == TaskStatus.OPEN) {
      add(handling(task));
    }
    add(history());
    if (orderId != null) {
      OrderDetails details = orders.details(actor, orderId);
      add(new OrderDetailsPanel(details), activity.panel(actor, details));
    }
  }

  private String stateLine(HumanTask task) {
    StringBuilder line = new StringBuilder();
    if (task.status() != TaskStatus.OPEN) {
      line.append(task.status() == TaskStatus.COMPLETED ? "Done" : "Cancelled")
          .append(" by ")
          .append(task.closedBy())
          .append(" on ")
          .append(Formats.time(task.closedAt()));
      return line.toString();
    }
    line.append(task.dueAt() == null ? "No due date" : "Due " + Formats.time(task.dueAt()));
    if (task.isOverdue(clock.instant())) {
      line.append(" (overdue)");
    }
    line.append(" · ").append(TaskAssignments.priorityLabel(task.priority())).append(" priority");
    line.append(" · ")
        .append(task.assignee() == null ? "nobody has it yet" : "with " + task.assignee());
    if (task.owner() != null) {
      line.append(", delegated by ").append(task.owner());
    }
    if (task.escalatedAt() != null) {
      line.append(" · escalated to the supervisors (")
          .append(
              assignments.supervisors().stream()
                  .map(UserAccount::displayName)
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("none named yet: an admin should name one"))
          .append(") on ")
          .append(Formats.time(task.escalatedAt()));
    }
    if (task.followUpAt() != null) {
      line.append(" · follow up ").append(Formats.time(task.followUpAt()));
    }
    return line.toString();
  }

  /** What this person may do about who has the task and when it is due. */
  private VerticalLayout handling(HumanTask task) {
    HorizontalLayout hands = new HorizontalLayout();
    hands.setWrap(true);
    hands.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    boolean mine = actor.username().equals(task.assignee());
    if (task.assignee() == null && actor.groups().contains(task.candidateGroup())) {
      hands.add(action("Claim", () -> assignments.claim(actor, taskId), true));
    }
    if (task.assignee() != null && (mine || actor.role() == Role.OPS)) {
      hands.add(action("Give back to the group", () -> assignments.unclaim(actor, taskId), false));
    }
    if (mine && task.owner() != null) {
      hands.add(
          action(
              "Hand back to " + task.owner(),
              () -> assignments.handBack(actor, taskId, null),
              true));
    }
    if (actor.role() == Role.OPS) {
      hands.add(
          pickPerson("Assign to", task, username -> assignments.assign(actor, taskId, username)));
    }
    if (mine) {
      hands.add(
          pickPerson(
              "Delegate to", task, username -> assignments.delegate(actor, taskId, username)));
    }
    HorizontalLayout dates = new HorizontalLayout();
    dates.setWrap(true);
    dates.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    if (actor.role() == Role.OPS) {
      Select<Integer> priority = new Select<>();
      priority.setLabel("Priority");
      priority.setItems(1, 2, 3);
      priority.setItemLabelGenerator(TaskAssignments::priorityLabel);
      priority.setValue(task.priority());
      priority.addValueChangeListener(
          e -> {
            if (e.isFromClient()) {
              act(() -> assignments.prioritise(actor, taskId, e.getValue()));
            }
          });
      DateTimePicker due = new DateTimePicker("New due date");
      due.setMin(java.time.LocalDateTime.ofInstant(clock.instant(), IST));
      Button reschedule =
          new Button(
              "Set due date",
              click ->
                  act(
                      () ->
                          assignments.reschedule(
                              actor,
                              taskId,
                              due.getValue() == null
                                  ? null
                                  : due.getValue().atZone(IST).toInstant())));
      dates.add(priority, due, reschedule);
    }
    if (mine || actor.role() == Role.OPS) {
      DateTimePicker followUp = new DateTimePicker("Follow up on");
      Button note =
          new Button(
              "Set follow-up",
              click ->
                  act(
                      () ->
                          assignments.followUp(
                              actor,
                              taskId,
                              followUp.getValue() == null
                                  ? null
                                  : followUp.getValue().atZone(IST).toInstant())));
      dates.add(followUp, note);
    }
    VerticalLayout handling = new VerticalLayout(new H4("Who works on it"), hands, dates);
    handling.setPadding(false);
    handling.addClassName("task-handling");
    return handling;
  }

  private HorizontalLayout pickPerson(
      String label, HumanTask task, java.util.function.Consumer<String> handTo) {
    ComboBox<UserAccount> person = new ComboBox<>(label);
    person.setItems(
        assignments.candidates(actor, taskId).stream()
            .filter(u -> !u.username().equals(task.assignee()))
            .toList());
    person.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
    Button go =
        new Button(
            label.replace(" to", ""),
            click ->
                act(
                    () ->
                        handTo.accept(
                            person.getValue() == null ? null : person.getValue().username())));
    HorizontalLayout row = new HorizontalLayout(person, go);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private Button action(String label, Runnable run, boolean primary) {
    Button button = new Button(label, click -> act(run));
    if (primary) {
      button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }
    return button;
  }

  /** Runs the change and redraws; a refusal is said in words and changes nothing. */
  private void act(Runnable change) {
    try {
      change.run();
      render();
    } catch (IllegalArgumentException | IllegalStateException | NotAllowedException refused) {
      Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
      render();
    }
  }

  private VerticalLayout history() {
    Grid<TaskEvent> grid = new Grid<>();
    grid.addColumn(e -> Formats.time(e.at())).setHeader("When").setAutoWidth(true);
    grid.addColumn(TaskEvent::actor).setHeader("Who").setAutoWidth(true);
    grid.addColumn(e -> Formats.label(e.action().name())).setHeader("What").setAutoWidth(true);
    grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail");
    grid.setItems(assignments.history(actor, taskId));
    grid.setAllRowsVisible(true);
    grid.addClassName("task-history");
    VerticalLayout history = new VerticalLayout(new H4("History"), grid);
    history.setPadding(false);
    return history;
  }
}
