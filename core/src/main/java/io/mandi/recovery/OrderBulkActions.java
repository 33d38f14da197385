package io.mandi.recovery;

import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.money.IndianFormat;
import io.mandi.order.CancellationService;
import io.mandi.order.Order;
import io.mandi.order.OrderNotFoundException;
import io.mandi.order.OrderQueryService;
import io.mandi.payment.EscrowPreview;
import io.mandi.payment.EscrowService;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Operations act on many orders at once: retry their failed steps, move them to another vendor,
 * give them more time, or cancel and refund them. The preview says per order what will happen or
 * why it is skipped; applying works out each order's plan again from its state at that moment (the
 * same words the preview showed, if nothing changed in between), acts through the same services a
 * person or recovery would use, one order at a time, and records an audit row per order whatever
 * the outcome.
 */
@Service
public class OrderBulkActions {
  public static final int MAX_ORDERS = 500;

  private final OrderQueryService orders;
  private final CancellationService cancellations;
  private final EscrowService escrow;
  private final TaskInboxService inbox;
  private final RecoveryCases recoveryCases;
  private final OrderRecreation recreation;
  private final RecoverySweep sweep;
  private final RemedyActions remedies;
  private final RecoveryCaseMapper cases;
  private final Clock clock;

  OrderBulkActions(
      OrderQueryService orders,
      CancellationService cancellations,
      EscrowService escrow,
      TaskInboxService inbox,
      RecoveryCases recoveryCases,
      OrderRecreation recreation,
      RecoverySweep sweep,
      RemedyActions remedies,
      RecoveryCaseMapper cases,
      Clock clock) {
    this.orders = orders;
    this.cancellations = cancellations;
    this.escrow = escrow;
    this.inbox = inbox;
    this.recoveryCases = recoveryCases;
    this.recreation = recreation;
    this.sweep = sweep;
    this.remedies = remedies;
    this.cases = cases;
    this.clock = clock;
  }

  /** What the action would do to each order now; changes nothing. */
  public List<BulkItem> preview(
      Actor ops, BulkAction action, Collection<Long> orderIds, String reason) {
    check(ops, action, orderIds, reason);
    return distinct(orderIds).stream().map(id -> plan(ops, action, id)).toList();
  }

  /**
   * Does the action to each order it applies to, one by one; an order that fails stays as it was
   * and is reported, the others go on.
   */
  public List<BulkItem> apply(
      Actor ops, BulkAction action, Collection<Long> orderIds, String reason) {
    String why = check(ops, action, orderIds, reason);
    UUID batch = UUID.randomUUID();
    List<BulkItem> results = new ArrayList<>();
    for (long orderId : distinct(orderIds)) {
      BulkItem planned = plan(ops, action, orderId);
      BulkItem result = planned;
      if (planned.applies()) {
        try {
          act(ops, action, orderId, why);
        } catch (RuntimeException failed) {
          result = new BulkItem(orderId, false, "Not done: " + failed.getMessage(), true);
        }
      }
      if (!NOT_FOUND.equals(planned.effect())) { // an unknown order has nothing to audit
        cases.insertOrderAction(
            batch,
            orderId,
            action.name(),
            ops.username(),
            clock.instant(),
            result.failed() ? "FAILED" : result.applies() ? "DONE" : "SKIPPED",
            result.effect() + (why == null ? "" : " (" + why + ")"));
      }
      results.add(result);
    }
    return results;
  }

  /** The bulk actions taken on an order, oldest first, for operations. */
  public List<OrderActionRecord> actionsOn(Actor ops, long orderId) {
    requireOps(ops);
    return cases.findOrderActions(orderId);
  }

  private static final String NOT_FOUND = "No such order";

  private BulkItem plan(Actor ops, BulkAction action, long orderId) {
    Order order;
    try {
      order = orders.details(ops, orderId).order();
    } catch (OrderNotFoundException missing) {
      return BulkItem.skip(orderId, NOT_FOUND);
    }
    return switch (action) {
      case CANCEL -> {
        if (!cancellations.mayCancel(ops, order)) {
          yield BulkItem.skip(orderId, "Skipped: " + status(order) + " orders cannot be cancelled");
        }
        if (escrow.isHeld(orderId)) {
          EscrowPreview money = escrow.preview(ops, orderId, BigDecimal.ZERO);
          yield BulkItem.will(
              orderId,
              "Cancelled; " + IndianFormat.rupees(money.held()) + " held goes back to the buyer");
        }
        yield BulkItem.will(orderId, "Cancelled; nothing was paid");
      }
      case EXTEND_DEADLINE ->
          recreation
              .resumptionOf(orderId)
              .map(
                  resumption ->
                      BulkItem.will(
                          orderId,
                          "Recovery leaves it until "
                              + IndianFormat.time(
                                  clock.instant().plus(sweep.slaOf(resumption.order().status())))))
              .orElse(BulkItem.skip(orderId, "Skipped: " + status(order) + " orders are final"));
      case REASSIGN_VENDOR ->
          hasOpenPacking(orderId)
              ? BulkItem.will(
                  orderId,
                  order.sellerName() + " is released; the order is offered to another vendor")
              : BulkItem.skip(
                  orderId, "Skipped: only an order waiting to be packed can change vendor");
      case RETRY -> {
        int escalated =
            recoveryCases.cases(RecoveryCaseStatus.ESCALATED, orderId, MAX_ORDERS).size();
        yield escalated == 0
            ? BulkItem.skip(orderId, "Skipped: no failed step waits for operations")
            : BulkItem.will(
                orderId,
                escalated == 1
                    ? "Recovery tries its failed step again"
                    : "Recovery tries its " + escalated + " failed steps again");
      }
    };
  }

  private void act(Actor ops, BulkAction action, long orderId, String why) {
    switch (action) {
      case CANCEL -> cancellations.requestCancellation(ops, orderId, why);
      case EXTEND_DEADLINE -> remedies.extend(orderId);
      case REASSIGN_VENDOR ->
          remedies.reassign(
              orderId,
              "Reassigned by operations ("
                  + ops.username()
                  + ")"
                  + (why == null ? "" : ": " + why));
      case RETRY -> recoveryCases.retry(ops, orderId);
    }
  }

  private boolean hasOpenPacking(long orderId) {
    return inbox.tasksOfOrder(orderId).stream()
        .anyMatch(t -> t.status() == TaskStatus.OPEN && ReadyToShipTask.KIND.equals(t.kind()));
  }

  /** Checks the request; returns the reason, stripped (required to cancel). */
  private static String check(
      Actor ops, BulkAction action, Collection<Long> orderIds, String reason) {
    requireOps(ops);
    if (action == null) {
      throw new IllegalArgumentException("Choose an action");
    }
    if (orderIds == null || orderIds.isEmpty()) {
      throw new IllegalArgumentException("Choose at least one order");
    }
    if (orderIds.size() > MAX_ORDERS) {
      throw new IllegalArgumentException(
          "At most " + MAX_ORDERS + " orders at once; narrow the filter");
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    if (why != null && (why.length() > 500 || why.chars().anyMatch(c -> c < 0x20))) {
      throw new IllegalArgumentException("The reason must be one line of at most 500 characters");
    }
    if (action == BulkAction.CANCEL && why == null) {
      throw new IllegalArgumentException("Say why the orders are cancelled");
    }
    return why;
  }

  private static void requireOps(Actor ops) {
    if (ops.role() != Role.OPS) {
      throw new NotAllowedException(ops.username() + " may not act on many orders at once");
    }
  }

  private static List<Long> distinct(Collection<Long> orderIds) {
    return List.copyOf(new LinkedHashSet<>(orderIds));
  }

  private static String status(Order order) {
    return IndianFormat.label(order.status().name());
  }
}
