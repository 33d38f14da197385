package io.mandi.rfq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.account.Actor;
import io.mandi.rfq.QuoteRevision;
import io.mandi.ui.Formats;
import java.util.List;

/** The pieces the buyer's, seller's and operations' request panels share. */
final class RfqComponents {
  private RfqComponents() {}

  /** Fields and their button on one line that wraps on a phone. */
  static HorizontalLayout row(Component... parts) {
    HorizontalLayout row = new HorizontalLayout(parts);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    row.setWrap(true);
    return row;
  }

  /** A reason to give with a decision, wide enough to read, never wider than a phone. */
  static TextField reasonField(String label) {
    TextField reason = new TextField(label);
    reason.setMaxLength(500);
    reason.setWidth("20em");
    reason.setMaxWidth("100%");
    return reason;
  }

  /**
   * Quotes and counter-offers in the order they were made, each with its status as the viewer reads
   * it.
   *
   * @param counterOffer what a counter-offer is called for this viewer, e.g. "Your counter-offer"
   * @param showSeller whether the quotes come from several sellers
   */
  static Grid<QuoteRevision> history(
      Actor viewer, List<QuoteRevision> quotes, String counterOffer, boolean showSeller) {
    Grid<QuoteRevision> grid = new Grid<>();
    if (showSeller) {
      grid.addColumn(QuoteRevision::sellerName).setHeader("Seller").setFlexGrow(1);
    }
    grid.addColumn(q -> (q.counterOffer() ? counterOffer + " " : "Revision ") + q.revision())
        .setHeader("What")
        .setAutoWidth(true);
    grid.addColumn(q -> Formats.rupees(q.total())).setHeader("Total").setAutoWidth(true);
    grid.addColumn(q -> RfqLabels.quote(viewer, q)).setHeader("Status").setFlexGrow(1);
    grid.setItems(quotes);
    grid.setAllRowsVisible(true);
    return grid;
  }
}
