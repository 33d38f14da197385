package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;
import io.mandi.account.Actor;
import io.mandi.rfq.DiscountApprovals;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.QuoteStatus;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqLine;
import io.mandi.rfq.RfqService;
import io.mandi.ui.Formats;
import java.util.List;

/**
 * Operations' view of a request: every invitation and quote with its reasons, and a decision on
 * each quote whose discount waits for approval.
 */
class OpsRfqPanel extends VerticalLayout {

  OpsRfqPanel(
      RfqPage page,
      Rfq rfq,
      List<RfqLine> lines,
      RfqService rfqs,
      DiscountApprovals approvals,
      Actor ops) {
    setPadding(false);
    List<QuoteRevision> all = rfqs.quotes(ops, rfq.id());
    for (QuoteRevision waiting :
        all.stream().filter(q -> q.status() == QuoteStatus.AWAITING_APPROVAL).toList()) {
      TextField note = new TextField("Note to the seller");
      note.setMaxLength(500);
      Button approve =
          new Button(
              "Approve the discount",
              e ->
                  page.act(
                      "Approved: the buyer sees the quote",
                      () -> approvals.approve(ops, waiting.id(), note.getValue())));
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button refuse =
          new Button(
              "Refuse",
              e ->
                  page.act(
                      "Refused: the seller is told",
                      () -> approvals.refuse(ops, waiting.id(), note.getValue())));
      refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
      HorizontalLayout row = new HorizontalLayout(note, approve, refuse);
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      row.setWrap(true);
      add(
          new H4(
              waiting.sellerName()
                  + " quotes "
                  + Formats.rupees(waiting.total())
                  + " against its catalog "
                  + Formats.rupees(waiting.listTotal())),
          row);
    }
    Grid<Invitation> invitations = new Grid<>();
    invitations.addColumn(Invitation::sellerName).setHeader("Seller").setFlexGrow(1);
    invitations.addColumn(i -> RfqLabels.invitation(i.status())).setHeader("Answer").setFlexGrow(1);
    invitations.addColumn(Invitation::why).setHeader("Why asked").setFlexGrow(2);
    invitations.setItems(rfqs.invitations(ops, rfq.id()));
    invitations.setAllRowsVisible(true);
    Grid<QuoteRevision> quotes = new Grid<>();
    quotes.addColumn(QuoteRevision::sellerName).setHeader("Seller").setFlexGrow(1);
    quotes
        .addColumn(q -> (q.counterOffer() ? "Counter-offer " : "Revision ") + q.revision())
        .setHeader("What")
        .setAutoWidth(true);
    quotes.addColumn(q -> Formats.rupees(q.total())).setHeader("Total").setAutoWidth(true);
    quotes.addColumn(q -> RfqLabels.quote(ops, q)).setHeader("Status").setFlexGrow(1);
    quotes.setItemDetailsRenderer(
        new TextRenderer<>(
            q ->
                QuoteDetails.prices(lines, rfqs.quoteLines(ops, q.id()))
                    + " · "
                    + QuoteDetails.terms(q)
                    + " · "
                    + QuoteDetails.score(q)));
    quotes.setDetailsVisibleOnClick(true);
    quotes.setItems(all);
    quotes.setAllRowsVisible(true);
    add(new H4("Sellers asked"), invitations, new H4("Quotes and counter-offers"), quotes);
  }
}
