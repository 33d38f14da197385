package io.mandi.order.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.dispute.Dispute;
import io.mandi.dispute.DisputeMediationTask;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.DisputeService;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderQueryService;
import io.mandi.payment.EscrowService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskStatus;
import io.mandi.task.ui.TaskPage;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Set;

/**
 * An order's dispute on a page of its own (/disputes/123, by the order's number: an order has at
 * most one dispute), to link from a message or bookmark: where it stands, what the buyer and seller
 * said, the decision, the money, and what the reader can do about it.
 */
@Route(value = "disputes/:orderId([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class DisputePage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private static final Set<String> DISPUTE_TASKS =
      Set.of(DisputeResponseTask.KIND, DisputeMediationTask.KIND);

  private final OrderQueryService orders;
  private final DisputeService disputes;
  private final EscrowService escrow;
  private final TaskInboxService inbox;
  private final OrderActivity activity;
  private final LiveUpdates live;
  private final Actor actor;
  private long orderId;
  private String title = "Dispute | Mandi";

  public DisputePage(
      OrderQueryService orders,
      DisputeService disputes,
      EscrowService escrow,
      TaskInboxService inbox,
      OrderActivity activity,
      LiveUpdates live,
      CurrentUser currentUser) {
    this.orders = orders;
    this.disputes = disputes;
    this.escrow = escrow;
    this.inbox = inbox;
    this.activity = activity;
    this.live = live;
    this.actor = currentUser.actor();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    orderId = event.getRouteParameters().getLong("orderId").orElseThrow();
    render();
  }

  /** An answer, an offer or a decision taken elsewhere shows here without a reload. */
  @Override
  protected void onAttach(AttachEvent attach) {
    live.subscribe(this, Duration.ofMillis(200), changed -> changed == orderId, true, this::render);
  }

  private void render() {
    removeAll();
    RouterLink toOrder =
        new RouterLink(
            "← Order #" + orderId,
            OrderView.class,
            new RouteParameters("orderId", String.valueOf(orderId)));
    add(toOrder);
    OrderDetails order;
    Dispute dispute;
    try {
      order = orders.details(actor, orderId);
      dispute = disputes.dispute(actor, orderId);
    } catch (OrderNotFoundException notFound) {
      title = "Dispute not found | Mandi";
      add(
          new H2("Order #" + orderId + " not found"),
          new Paragraph("There is no such order, or it is not one of yours."));
      return;
    }
    title = "Dispute on order #" + orderId + " | Mandi";
    add(new H2("Dispute on order #" + orderId));
    if (dispute == null) {
      add(new Paragraph("Nobody has raised a dispute on this order."));
      activity.actions(actor, order).ifPresent(this::add);
      return;
    }
    add(OrderActivity.disputeSummary(dispute));
    escrow
        .statement(actor, orderId)
        .ifPresent(
            money -> {
              Paragraph line = new Paragraph("Payment: " + money.describe(actorIsBuyer()));
              line.addClassName("escrow-statement");
              add(line);
            });
    activity.actions(actor, order).ifPresent(this::add);
    inbox.tasksOfOrder(orderId).stream()
        .filter(task -> task.status() == TaskStatus.OPEN && DISPUTE_TASKS.contains(task.kind()))
        .filter(task -> inbox.mayComplete(actor, task))
        .forEach(task -> add(taskLink(task)));
  }

  private boolean actorIsBuyer() {
    return actor.role() == Role.BUYER;
  }

  private static RouterLink taskLink(HumanTask task) {
    RouterLink link =
        new RouterLink(
            "Your move: open the task to answer",
            TaskPage.class,
            new RouteParameters("taskId", String.valueOf(task.id())));
    link.addClassName("dispute-task");
    return link;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
