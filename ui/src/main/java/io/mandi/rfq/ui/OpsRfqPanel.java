package io.mandi.rfq.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.TextRenderer;
import io.mandi.account.Actor;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.QuoteStatus;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqLine;
import io.mandi.rfq.RfqService;
import io.mandi.task.TaskInboxService;
import java.util.List;

/**
 * Operations' view of a request: every invitation and quote with its reasons, and the way to the
 * approval task of each quote whose discount waits for them.
 */
class OpsRfqPanel extends VerticalLayout {

  OpsRfqPanel(
      RfqPage page,
      Rfq rfq,
      List<RfqLine> lines,
      RfqService rfqs,
      TaskInboxService inbox,
      Actor ops) {
    setPadding(false);
    List<QuoteRevision> all = rfqs.quotes(ops, rfq.id());
    for (QuoteRevision waiting :
        all.stream().filter(q -> q.status() == QuoteStatus.AWAITING_APPROVAL).toList()) {
      add(new H4(DiscountFacts.of(waiting)));
      inbox
          .openTaskOfQuote(ops, waiting.id())
          .ifPresentOrElse(
              task -> {
                Anchor decide = new Anchor("tasks/" + task.id(), "Decide it in the task inbox");
                decide.addClassName("rfq-approval-task");
                add(decide);
              },
              () -> add(new Paragraph("Its approval task is on its way to the inbox.")));
    }
    Grid<Invitation> invitations = new Grid<>();
    invitations.addColumn(Invitation::sellerName).setHeader("Seller").setFlexGrow(1);
    invitations.addColumn(i -> RfqLabels.invitation(i.status())).setHeader("Answer").setFlexGrow(1);
    invitations.addColumn(Invitation::why).setHeader("Why asked").setFlexGrow(2);
    invitations.setItems(rfqs.invitations(ops, rfq.id()));
    invitations.setAllRowsVisible(true);
    Grid<QuoteRevision> quotes = RfqComponents.history(ops, all, "Counter-offer", true);
    quotes.setItemDetailsRenderer(
        new TextRenderer<>(q -> QuoteDetails.all(lines, rfqs.quoteLines(ops, q.id()), q)));
    quotes.setDetailsVisibleOnClick(true);
    add(new H4("Sellers asked"), invitations, new H4("Quotes and counter-offers"), quotes);
  }
}
