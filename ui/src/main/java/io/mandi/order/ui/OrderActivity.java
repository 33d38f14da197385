package io.mandi.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.dispute.Dispute;
import io.mandi.dispute.DisputeService;
import io.mandi.dispute.DisputeStatus;
import io.mandi.invoice.InvoiceService;
import io.mandi.ledger.LedgerService;
import io.mandi.ledger.LedgerTransaction;
import io.mandi.logistics.Shipment;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.TrackingEvent;
import io.mandi.notification.OrderNotificationService;
import io.mandi.order.OrderDetails;
import io.mandi.order.OrderStatus;
import io.mandi.payment.EscrowPreview;
import io.mandi.payment.EscrowService;
import io.mandi.recovery.OrderActionRecord;
import io.mandi.recovery.OrderBulkActions;
import io.mandi.recovery.RecoveryCases;
import io.mandi.recovery.RecoveryDecision;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.ui.Formats;
import io.mandi.ui.MoneyConfirmation;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.VendorDecision;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * Everything that happened to an order besides its status: why each vendor was chosen or skipped,
 * the shipment and its tracking, the dispute, the money in the ledger and the invoice. Buyers also
 * get their dispute actions here.
 */
@org.springframework.stereotype.Component
public class OrderActivity {
  private final VendorAssignmentService vendors;
  private final ShipmentService shipments;
  private final DisputeService disputes;
  private final LedgerService ledger;
  private final InvoiceService invoices;
  private final EscrowService escrow;
  private final OrderNotificationService notifications;
  private final RecoveryCases recovery;
  private final TaskInboxService inbox;
  private final OrderBulkActions bulk;

  OrderActivity(
      VendorAssignmentService vendors,
      ShipmentService shipments,
      DisputeService disputes,
      LedgerService ledger,
      InvoiceService invoices,
      EscrowService escrow,
      OrderNotificationService notifications,
      RecoveryCases recovery,
      TaskInboxService inbox,
      OrderBulkActions bulk) {
    this.bulk = bulk;
    this.recovery = recovery;
    this.inbox = inbox;
    this.vendors = vendors;
    this.shipments = shipments;
    this.disputes = disputes;
    this.ledger = ledger;
    this.invoices = invoices;
    this.escrow = escrow;
    this.notifications = notifications;
  }

  /**
   * What the buyer can do about a delivery, shown at the top of the order page: answer the seller's
   * refund offer, or raise a dispute while escrow holds the money.
   */
  public Optional<Component> actions(Actor actor, OrderDetails details) {
    long orderId = details.order().id();
    if (actor.role() != Role.BUYER) {
      return Optional.empty();
    }
    Dispute dispute = disputes.dispute(actor, orderId);
    if (dispute != null && dispute.status() == DisputeStatus.OFFERED) {
      return Optional.of(offerAnswer(actor, orderId, dispute));
    }
    if (dispute == null
        && details.order().status() == OrderStatus.DELIVERED
        && escrow.isHeld(orderId)) {
      return Optional.of(disputeForm(actor, orderId));
    }
    return Optional.empty();
  }

  public Component panel(Actor actor, OrderDetails details) {
    long orderId = details.order().id();
    VerticalLayout panel = new VerticalLayout();
    panel.setPadding(false);
    panel.addClassName("order-activity");

    List<HumanTask> decided = inbox.decisionsOn(actor, orderId);
    if (!decided.isEmpty()) {
      Grid<HumanTask> grid = new Grid<>();
      grid.addColumn(t -> Formats.time(t.closedAt())).setHeader("When").setAutoWidth(true);
      grid.addColumn(t -> inbox.kindOf(t).title()).setHeader("Step").setAutoWidth(true);
      grid.addColumn(t -> decider(actor, t)).setHeader("By").setAutoWidth(true);
      grid.addColumn(inbox::outcomeLabel).setHeader("Decision").setAutoWidth(true);
      grid.addColumn(t -> t.comment() == null ? "" : t.comment()).setHeader("Note").setFlexGrow(1);
      grid.setItems(decided);
      grid.setAllRowsVisible(true);
      grid.addClassName("order-decisions");
      panel.add(new H4("Decisions"), grid);
    }

    List<VendorDecision> decisions = vendors.decisions(actor, orderId);
    if (!decisions.isEmpty()) {
      Grid<VendorDecision> grid = new Grid<>();
      grid.addColumn(VendorDecision::round).setHeader("Round").setAutoWidth(true);
      grid.addColumn(VendorDecision::sellerName).setHeader("Vendor").setAutoWidth(true);
      grid.addColumn(d -> d.chosen() ? "chosen" : "skipped").setHeader("Decision");
      grid.addColumn(VendorDecision::reason).setHeader("Why").setFlexGrow(1);
      grid.setItems(decisions);
      grid.setAllRowsVisible(true);
      grid.addClassName("vendor-decisions");
      panel.add(new H4("Vendor assignment"), grid);
    }

    Shipment shipment = shipments.shipment(orderId);
    if (shipment != null) {
      panel.add(new H4("Shipment"));
      Paragraph summary =
          new Paragraph(
              shipment.status()
                  + (shipment.awb() == null
                      ? ""
                      : " · AWB " + shipment.awb() + " · " + shipment.courier())
                  + " · "
                  + shipment.weightKg()
                  + " kg in "
                  + shipment.packages()
                  + " package(s) · promised by "
                  + Formats.time(shipment.promisedBy()));
      summary.addClassName("shipment-summary");
      panel.add(summary);
      if (shipment.labelUrl() != null && actor.role() != Role.BUYER) {
        Anchor label = new Anchor(shipment.labelUrl(), "Shipping label");
        label.setTarget("_blank");
        panel.add(label);
      }
      for (TrackingEvent event : shipments.trackingOf(orderId)) {
        panel.add(
            new Paragraph(
                Formats.time(event.occurredAt())
                    + " · "
                    + event.status()
                    + (event.location() == null ? "" : " · " + event.location())));
      }
    }

    Dispute dispute = disputes.dispute(actor, orderId);
    if (dispute != null) {
      panel.add(
          new H4("Dispute"),
          disputeSummary(dispute),
          new RouterLink(
              "The dispute's own page",
              DisputePage.class,
              new RouteParameters("orderId", String.valueOf(orderId))));
    }

    if (actor.role() != Role.SELLER) {
      List<LedgerTransaction> money = ledger.transactionsOf(orderId);
      if (!money.isEmpty()) {
        Grid<LedgerTransaction> grid = new Grid<>();
        grid.addColumn(t -> t.kind().name()).setHeader("Movement").setAutoWidth(true);
        grid.addColumn(LedgerTransaction::description).setHeader("What").setFlexGrow(1);
        grid.addColumn(t -> Formats.time(t.createdAt())).setHeader("When").setAutoWidth(true);
        grid.setItems(money);
        grid.setAllRowsVisible(true);
        panel.add(new H4("Ledger"), grid);
      }
    }

    if (actor.role() == Role.OPS) {
      List<OrderActionRecord> bulkActions = bulk.actionsOn(actor, orderId);
      if (!bulkActions.isEmpty()) {
        Grid<OrderActionRecord> grid = new Grid<>();
        grid.addColumn(a -> Formats.time(a.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(OrderActionRecord::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(a -> a.action().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(a -> Formats.label(a.outcome())).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(OrderActionRecord::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(bulkActions);
        grid.setAllRowsVisible(true);
        grid.addClassName("order-actions");
        panel.add(new H4("Operations' actions"), grid);
      }
      List<RecoveryDecision> remedies = recovery.decisionsOfOrder(orderId);
      if (!remedies.isEmpty()) {
        Grid<RecoveryDecision> grid = new Grid<>();
        grid.addColumn(d -> Formats.time(d.decidedAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(d -> Formats.label(d.kind().name())).setHeader("Found").setAutoWidth(true);
        grid.addColumn(d -> d.remedy().label()).setHeader("Remedy").setAutoWidth(true);
        grid.addColumn(RecoveryDecision::explanation).setHeader("Why").setFlexGrow(1);
        grid.addColumn(d -> d.outcome() == null ? "pending" : d.outcome().toLowerCase())
            .setHeader("Outcome")
            .setAutoWidth(true)
            .setTooltipGenerator(d -> d.outcomeDetail() == null ? "" : d.outcomeDetail());
        grid.setItemDetailsRenderer(
            new com.vaadin.flow.data.renderer.TextRenderer<>(OrderActivity::recoveryReasons));
        grid.setItems(remedies);
        grid.setAllRowsVisible(true);
        grid.addClassName("recovery-decisions");
        panel.add(new H4("Recovery"), grid);
      }
      List<io.mandi.notification.Notification> messages = notifications.messagesOf(actor, orderId);
      if (!messages.isEmpty()) {
        Grid<io.mandi.notification.Notification> grid = new Grid<>();
        grid.addColumn(io.mandi.notification.Notification::channel)
            .setHeader("Channel")
            .setAutoWidth(true);
        grid.addColumn(io.mandi.notification.Notification::template)
            .setHeader("Template")
            .setAutoWidth(true);
        grid.addColumn(io.mandi.notification.Notification::recipient)
            .setHeader("To")
            .setAutoWidth(true);
        grid.addColumn(n -> n.status().name()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(n -> Formats.time(n.createdAt())).setHeader("When").setAutoWidth(true);
        grid.setItems(messages);
        grid.setAllRowsVisible(true);
        panel.add(new H4("Messages"), grid);
      }
    }

    invoices
        .invoice(actor, orderId)
        .ifPresent(
            invoice -> {
              // The PDF is read from the database only when someone downloads it.
              Anchor download =
                  new Anchor(
                      DownloadHandler.fromInputStream(
                          event -> {
                            byte[] pdf = invoices.pdf(actor, orderId).orElseThrow().pdf();
                            return new DownloadResponse(
                                new ByteArrayInputStream(pdf),
                                invoice.invoiceNo().replace('/', '-') + ".pdf",
                                "application/pdf",
                                pdf.length);
                          }),
                      "GST invoice " + invoice.invoiceNo() + " (PDF)");
              download.addClassName("invoice-link");
              panel.add(new H4("Invoice"), download);
            });
    return panel;
  }

  /** Operations see who decided; buyers and sellers see which side did. */
  private static String decider(Actor viewer, HumanTask task) {
    if (viewer.role() == Role.OPS) {
      return task.closedBy();
    }
    return Actor.OPS_GROUP.equals(task.candidateGroup()) ? "Mandi operations" : "The seller";
  }

  static Paragraph disputeSummary(Dispute dispute) {
    StringBuilder text =
        new StringBuilder(stage(dispute.status()))
            .append(" · raised by ")
            .append(dispute.openedBy())
            .append(": ")
            .append(dispute.reason());
    if (dispute.evidence() != null) {
      text.append(" · evidence: ").append(dispute.evidence());
    }
    if (dispute.offeredRefund() != null) {
      text.append(" · the seller offered ")
          .append(Formats.rupees(dispute.offeredRefund()))
          .append(" back");
    }
    if (dispute.sellerComment() != null) {
      text.append(" · seller: ").append(dispute.sellerComment());
    }
    if (dispute.resolution() != null) {
      text.append(" · decision by ")
          .append(dispute.decidedBy())
          .append(": ")
          .append(
              switch (dispute.resolution()) {
                case RELEASE -> "the payment goes to the seller";
                case REFUND -> "the payment goes back to the buyer in full";
                case SPLIT ->
                    "split, "
                        + Formats.rupees(dispute.refundAmount())
                        + " back to the buyer and the rest to the seller";
              })
          .append(
              dispute.refundedLines() == null
                  ? ""
                  : " (line " + dispute.refundedLines().replace(",", ", ") + ")")
          .append(". ")
          .append(dispute.decisionComment());
    }
    Paragraph paragraph = new Paragraph(text.toString());
    paragraph.addClassName("dispute-summary");
    return paragraph;
  }

  private static String stage(DisputeStatus status) {
    return switch (status) {
      case OPEN -> "Waiting for the seller's answer";
      case OFFERED -> "The seller offered a refund; the buyer decides";
      case IN_MEDIATION -> "With Mandi's operations team for a decision";
      case DECIDED -> "Decided; the money is being settled";
      case RESOLVED -> "Settled";
    };
  }

  private Component disputeForm(Actor buyer, long orderId) {
    TextArea reason = new TextArea("What is wrong with the delivery?");
    TextArea evidence = new TextArea("Evidence (photos' links, counts, notes)");
    reason.setWidthFull();
    evidence.setWidthFull();
    Button open = new Button("Raise a dispute");
    open.addThemeVariants(ButtonVariant.LUMO_ERROR);
    open.addClickListener(
        click -> {
          try {
            disputes.open(buyer, orderId, reason.getValue(), evidence.getValue());
            open.setEnabled(false);
            Notification.show(
                "Dispute raised: the seller has been asked to answer",
                4000,
                Notification.Position.MIDDLE);
          } catch (IllegalArgumentException | IllegalStateException refused) {
            reason.setInvalid(true);
            reason.setErrorMessage(refused.getMessage());
          }
        });
    VerticalLayout form = new VerticalLayout(new H4("Not happy with the goods?"), reason);
    form.add(evidence, open);
    form.setPadding(false);
    return form;
  }

  private Component offerAnswer(Actor buyer, long orderId, Dispute dispute) {
    Button accept = new Button("Accept the seller's offer");
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button reject = new Button("Reject; let operations decide");
    accept.addClickListener(
        click -> {
          EscrowPreview money;
          try {
            money = escrow.preview(buyer, orderId, dispute.offeredRefund());
          } catch (IllegalStateException | IllegalArgumentException settled) {
            Notification.show(settled.getMessage(), 5000, Notification.Position.MIDDLE);
            return;
          }
          MoneyConfirmation.ask(
              "Accept " + Formats.rupees(money.toBuyer()) + " back?",
              money,
              "Accept and settle",
              () -> answer(buyer, orderId, true, accept, reject));
        });
    reject.addClickListener(click -> answer(buyer, orderId, false, accept, reject));
    HorizontalLayout buttons = new HorizontalLayout(accept, reject);
    buttons.setWrap(true);
    VerticalLayout offer =
        new VerticalLayout(
            new H4("The seller offers " + Formats.rupees(dispute.offeredRefund()) + " back"),
            new Paragraph(
                "Accept it and the dispute is settled; reject it and Mandi's operations team"
                    + " decides. The dispute's details are further down."),
            buttons);
    offer.setPadding(false);
    return offer;
  }

  private void answer(Actor buyer, long orderId, boolean accept, Button... buttons) {
    try {
      disputes.answerOffer(buyer, orderId, accept);
      for (Button button : buttons) {
        button.setEnabled(false);
      }
      Notification.show(
          accept ? "Accepted: the refund is on its way" : "Sent to operations",
          4000,
          Notification.Position.MIDDLE);
    } catch (IllegalStateException refused) {
      Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE);
    }
  }

  /** The deciding rule first (rules propose in priority order), then what else matched. */
  private static String recoveryReasons(RecoveryDecision decision) {
    List<String> rules = List.of(decision.rules().split(", "));
    String others =
        rules.size() > 1
            ? " · Also matched: " + String.join(", ", rules.subList(1, rules.size()))
            : "";
    return "Decided by rule: " + rules.getFirst() + others + " · Facts: " + decision.facts();
  }
}
