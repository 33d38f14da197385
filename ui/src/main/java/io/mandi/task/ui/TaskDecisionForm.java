package io.mandi.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import io.mandi.account.Actor;
import io.mandi.dispute.DisputeService;
import io.mandi.dispute.Resolution;
import io.mandi.logistics.ShipmentService;
import io.mandi.order.OrderLine;
import io.mandi.order.OrderQueryService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskKind;
import io.mandi.task.TaskNoLongerActiveException;
import io.mandi.task.TaskNotOpenException;
import io.mandi.task.TaskOutcome;
import io.mandi.ui.Formats;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.VendorRanking;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * The decision on one task: a button per outcome, a comment, and the fields some outcomes need (a
 * vendor, an amount or lines, a parcel). Outcomes with details go through the domain service that
 * checks them; the rest straight to the inbox.
 */
class TaskDecisionForm extends VerticalLayout {
  /** The services a decision may go through. */
  record Services(
      TaskInboxService inbox,
      OrderQueryService orders,
      VendorAssignmentService vendors,
      ShipmentService shipments,
      DisputeService disputes) {}

  private final Services services;
  private final Actor actor;
  private final Runnable onDecided;

  TaskDecisionForm(Services services, Actor actor, HumanTask task, Runnable onDecided) {
    this.services = services;
    this.actor = actor;
    this.onDecided = onDecided;
    build(task);
  }

  private void build(HumanTask task) {
    TextArea comment = new TextArea(commentLabel(task.kind()));
    comment.setWidthFull();
    comment.setMaxLength(1000);
    VerticalLayout form = this;
    setPadding(false);
    ComboBox<VendorRanking> vendor = new ComboBox<>("Vendor");
    BigDecimalField amount = new BigDecimalField(amountLabel(task.kind()));
    BigDecimalField weight = new BigDecimalField("Parcel weight (kg)");
    IntegerField packages = new IntegerField("Packages");
    CheckboxGroup<OrderLine> refundLines =
        new CheckboxGroup<>("Refund these lines to the buyer (the rest goes to the seller)");
    switch (task.kind()) {
      case VENDOR_ESCALATION -> {
        vendor.setItems(services.vendors().rankingForOps(actor, task.orderId()));
        vendor.setItemLabelGenerator(v -> v.sellerName() + " — " + v.reason());
        vendor.setWidthFull();
        form.add(vendor);
      }
      case READY_TO_SHIP -> {
        packages.setValue(1);
        packages.setMin(1);
        form.add(new HorizontalLayout(weight, packages));
      }
      case DISPUTE_RESPONSE -> form.add(amount);
      case DISPUTE_MEDIATION -> {
        refundLines.setItems(services.orders().details(actor, task.orderId()).lines());
        refundLines.setItemLabelGenerator(
            line ->
                "Line "
                    + line.lineNo()
                    + ": "
                    + line.productName()
                    + " ("
                    + Formats.rupees(line.lineAmount())
                    + ")");
        refundLines.addValueChangeListener(
            e ->
                amount.setValue(
                    e.getValue().stream()
                        .map(OrderLine::lineAmount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)));
        form.add(refundLines, amount);
      }
      default -> {}
    }
    Details details = new Details(vendor, amount, weight, packages, refundLines);
    HorizontalLayout buttons = new HorizontalLayout();
    for (TaskOutcome outcome : task.kind().outcomes()) {
      Button button = new Button(label(outcome), click -> decide(task, outcome, comment, details));
      if (outcome != TaskOutcome.REFUSE
          && outcome != TaskOutcome.DECLINE
          && outcome != TaskOutcome.CANCEL
          && outcome != TaskOutcome.CANNOT_SHIP) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      } else {
        button.addThemeVariants(ButtonVariant.LUMO_ERROR);
      }
      buttons.add(button);
    }
    form.add(comment, buttons);
  }

  /** The fields some outcomes need beyond a comment. */
  private record Details(
      ComboBox<VendorRanking> vendor,
      BigDecimalField amount,
      BigDecimalField weight,
      IntegerField packages,
      CheckboxGroup<OrderLine> refundLines) {}

  private void decide(HumanTask task, TaskOutcome outcome, TextArea comment, Details details) {
    try {
      String text = comment.getValue();
      switch (outcome) {
        case ASSIGN -> {
          if (details.vendor().getValue() == null) {
            throw new IllegalArgumentException("Choose the vendor to assign");
          }
          services
              .vendors()
              .pickForTask(actor, task.id(), details.vendor().getValue().sellerId(), text);
        }
        case READY_TO_SHIP ->
            services
                .shipments()
                .readyToShip(
                    actor,
                    task.id(),
                    details.weight().getValue(),
                    details.packages().getValue() == null ? 0 : details.packages().getValue());
        case OFFER_REFUND ->
            services.disputes().offerRefund(actor, task.id(), details.amount().getValue(), text);
        case CONTEST -> services.disputes().contest(actor, task.id(), text);
        case RELEASE_TO_SELLER ->
            services.disputes().mediate(actor, task.id(), Resolution.RELEASE, null, text);
        case REFUND_BUYER ->
            services.disputes().mediate(actor, task.id(), Resolution.REFUND, null, text);
        case SPLIT -> {
          if (details.refundLines().getValue().isEmpty()) {
            services
                .disputes()
                .mediate(actor, task.id(), Resolution.SPLIT, details.amount().getValue(), text);
          } else { // by line: the ticked lines go back, the rest is released
            services
                .disputes()
                .mediateByLines(
                    actor,
                    task.id(),
                    details.refundLines().getValue().stream()
                        .map(OrderLine::lineNo)
                        .collect(Collectors.toSet()),
                    text);
          }
        }
        default -> services.inbox().complete(actor, task.id(), new TaskDecision(outcome, text));
      }
      Notification.show(label(outcome) + ": done", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      onDecided.run();
    } catch (IllegalArgumentException | IllegalStateException invalid) {
      comment.setInvalid(true);
      comment.setErrorMessage(invalid.getMessage());
      Notification.show(invalid.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    } catch (TaskNoLongerActiveException | TaskNotOpenException gone) {
      Notification.show(gone.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
      onDecided.run();
    }
  }

  private static String commentLabel(TaskKind kind) {
    return switch (kind) {
      case SELLER_ACCEPTANCE -> "Reason (needed to refuse)";
      case CREDIT_APPROVAL -> "Reason (needed to decline)";
      case EXPIRED_ORDER_FOLLOW_UP -> "What was done";
      case VENDOR_ESCALATION -> "Note (needed to cancel)";
      case READY_TO_SHIP -> "Reason (needed if you cannot ship)";
      case DISPUTE_RESPONSE -> "Your answer to the buyer (needed to contest)";
      case DISPUTE_MEDIATION -> "Decision explained to both parties";
    };
  }

  private static String amountLabel(TaskKind kind) {
    return kind == TaskKind.DISPUTE_MEDIATION
        ? "Refund to the buyer for a split (₹)"
        : "Partial refund you offer (₹)";
  }

  private static String label(TaskOutcome outcome) {
    return switch (outcome) {
      case ACCEPT -> "Accept order";
      case REFUSE -> "Refuse order";
      case RESOLVE -> "Mark resolved";
      case APPROVE -> "Approve credit";
      case DECLINE -> "Decline credit";
      case ASSIGN -> "Assign vendor";
      case CANCEL -> "Cancel order";
      case READY_TO_SHIP -> "Ready to ship";
      case CANNOT_SHIP -> "Cannot ship";
      case OFFER_REFUND -> "Offer partial refund";
      case CONTEST -> "Contest dispute";
      case RELEASE_TO_SELLER -> "Release to seller";
      case REFUND_BUYER -> "Refund buyer in full";
      case SPLIT -> "Split";
    };
  }
}
