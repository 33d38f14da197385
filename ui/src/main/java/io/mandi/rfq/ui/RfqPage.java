package io.mandi.rfq.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.catalog.CatalogService;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqDecisions;
import io.mandi.rfq.RfqLine;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.SellerQuotes;
import io.mandi.task.TaskInboxService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.LiveUpdates;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * One request for quotation on a page of its own (/rfqs/12): what is asked, where it stands, and
 * what the reader can do: the buyer compares, counters, accepts or rejects; an invited seller
 * quotes, asks or answers a counter-offer; operations see it all and approve deep discounts.
 */
@Route(value = "rfqs/:rfqId([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class RfqPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private final RfqService rfqs;
  private final RfqDecisions decisions;
  private final SellerQuotes quotes;
  private final TaskInboxService inbox;
  private final CatalogService catalog;
  private final java.time.Clock clock;
  private final LiveUpdates live;
  private final Actor actor;
  private long rfqId;
  private String title = "Request for quotation | Mandi";

  public RfqPage(
      RfqService rfqs,
      RfqDecisions decisions,
      SellerQuotes quotes,
      TaskInboxService inbox,
      CatalogService catalog,
      java.time.Clock clock,
      LiveUpdates live,
      CurrentUser currentUser) {
    this.clock = clock;
    this.live = live;
    this.rfqs = rfqs;
    this.decisions = decisions;
    this.quotes = quotes;
    this.inbox = inbox;
    this.catalog = catalog;
    this.actor = currentUser.actor();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    rfqId = event.getRouteParameters().getLong("rfqId").orElseThrow();
    render();
  }

  /**
   * The buyer and operations watch quotes arrive and the request close without a reload. A seller's
   * page is not redrawn under its hands (it would lose a quote being typed): sellers hear of
   * changes by message.
   */
  @Override
  protected void onAttach(AttachEvent attach) {
    if (actor.role() != io.mandi.account.Role.SELLER) {
      live.subscribeToRfq(this, rfqId, this::render);
    }
  }

  /** Redraws the page after a change, so it shows what the change did. */
  void render() {
    removeAll();
    add(new RouterLink("← Requests for quotation", RfqsView.class));
    Rfq rfq;
    try {
      rfq = rfqs.rfq(actor, rfqId);
    } catch (NotAllowedException notYours) {
      title = "Request not found | Mandi";
      add(
          new H2("Request #" + rfqId + " not found"),
          new Paragraph("There is no such request, or it is not one of yours."));
      return;
    }
    title = "Request #" + rfq.id() + " | Mandi";
    Span status = new Span(RfqLabels.status(actor, rfq.status()));
    status.getElement().getThemeList().add("badge");
    status.addClassName("rfq-status");
    add(new H2("Request #" + rfq.id() + ": " + rfq.title()), status, terms(rfq));
    List<RfqLine> lines = rfqs.lines(actor, rfqId);
    // what this person can do comes first; the request's items and history follow
    add(
        switch (actor.role()) {
          case BUYER -> new BuyerRfqPanel(this, rfq, lines, rfqs, decisions, actor, clock);
          case SELLER -> new SellerRfqPanel(this, rfq, lines, rfqs, quotes, catalog, actor, clock);
          default -> new OpsRfqPanel(this, rfq, lines, rfqs, inbox, actor);
        });
    add(new H4("Items asked for"), linesGrid(lines));
  }

  private static Paragraph terms(Rfq rfq) {
    Paragraph terms =
        new Paragraph(
            "Deliver to "
                + rfq.deliveryRegion()
                + " by "
                + Formats.date(rfq.deliverBy())
                + " · sellers answer by "
                + Formats.time(rfq.closesAt())
                + (rfq.closeAfterResponses() == null
                    ? ""
                    : " or once " + rfq.closeAfterResponses() + " have answered")
                + " · "
                + rfq.maxCounterRounds()
                + " counter-offer round"
                + (rfq.maxCounterRounds() == 1 ? "" : "s")
                + " per seller");
    terms.addClassName("rfq-terms");
    return terms;
  }

  private static Component linesGrid(List<RfqLine> lines) {
    Grid<RfqLine> grid = new Grid<>();
    grid.addColumn(RfqLine::lineNo).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    grid.addColumn(RfqLine::description).setHeader("Item").setFlexGrow(2);
    grid.addColumn(l -> l.quantity() + " " + l.unit()).setHeader("Quantity").setAutoWidth(true);
    grid.addColumn(l -> l.targetUnitPrice() == null ? "–" : Formats.rupees(l.targetUnitPrice()))
        .setHeader("Target per unit")
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.addClassName("rfq-lines");
    return grid;
  }

  /**
   * Runs a person's action: a refusal is told plainly and changes nothing; else the page redraws.
   */
  void act(String done, Runnable action) {
    try {
      action.run();
      Notification.show(done, 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render();
    } catch (NotAllowedException | IllegalArgumentException refused) {
      Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
