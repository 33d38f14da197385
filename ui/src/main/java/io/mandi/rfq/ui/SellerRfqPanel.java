package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.InvitationStatus;
import io.mandi.rfq.QuoteDraft;
import io.mandi.rfq.QuoteLine;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.QuoteStatus;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqLine;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.RfqStatus;
import io.mandi.rfq.SellerQuotes;
import io.mandi.ui.Formats;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * An invited seller's side of a request: answer a counter-offer, quote (or revise, or re-open an
 * expired quote), decline, ask the buyer a question; and its own revisions. It never sees another
 * seller's quote.
 */
class SellerRfqPanel extends VerticalLayout {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final RfqPage page;
  private final Rfq rfq;
  private final List<RfqLine> lines;
  private final RfqService rfqs;
  private final SellerQuotes quotes;
  private final CatalogService catalog;
  private final Actor seller;
  private final java.time.Clock clock;

  SellerRfqPanel(
      RfqPage page,
      Rfq rfq,
      List<RfqLine> lines,
      RfqService rfqs,
      SellerQuotes quotes,
      CatalogService catalog,
      Actor seller,
      java.time.Clock clock) {
    this.clock = clock;
    this.page = page;
    this.rfq = rfq;
    this.lines = lines;
    this.rfqs = rfqs;
    this.quotes = quotes;
    this.catalog = catalog;
    this.seller = seller;
    setPadding(false);
    Invitation invitation = rfqs.invitations(seller, rfq.id()).getFirst();
    List<QuoteRevision> mine = rfqs.quotes(seller, rfq.id());
    QuoteRevision latest = mine.isEmpty() ? null : mine.getLast();
    Paragraph where =
        new Paragraph(
            RfqLabels.invitation(invitation.status())
                + (invitation.status().pending()
                    ? " · answer by " + Formats.time(invitation.respondBy())
                    : ""));
    where.addClassName("rfq-invitation-status");
    add(where);

    boolean counterOpen =
        latest != null && latest.counterOffer() && latest.status() == QuoteStatus.OPEN;
    if (counterOpen) {
      add(counterAnswer(latest));
    }
    if (mayQuote(invitation, latest)) {
      add(quoteForm(latest, counterOpen));
    }
    if (rfq.status() == RfqStatus.OPEN && invitation.status().pending()) {
      add(declineForm());
    }
    if (!rfq.status().finished()) {
      add(
          new RfqThread(
              "Questions to the buyer",
              invitation,
              rfqs.thread(seller, invitation.id()),
              "Ask the buyer",
              text ->
                  page.act(
                      "Question sent to the buyer", () -> quotes.ask(seller, rfq.id(), text))));
    }
    if (!mine.isEmpty()) {
      add(new H4("Your quotes and the buyer's counter-offers"), revisions(mine));
    }
  }

  private boolean mayQuote(Invitation invitation, QuoteRevision latest) {
    if (invitation.status() == InvitationStatus.DECLINED
        || invitation.status() == InvitationStatus.NO_ANSWER) {
      return false;
    }
    if (rfq.status() == RfqStatus.OPEN) {
      return true;
    }
    return rfq.status() == RfqStatus.COMPARING
        && latest != null
        && (latest.status() == QuoteStatus.EXPIRED
            || (latest.counterOffer() && latest.status() == QuoteStatus.OPEN));
  }

  private VerticalLayout counterAnswer(QuoteRevision counter) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.addClassName("rfq-counter");
    box.add(
        new H4("The buyer's counter-offer"),
        new Paragraph(
            QuoteDetails.prices(lines, rfqs.quoteLines(seller, counter.id()))
                + " · total "
                + Formats.rupees(counter.total())
                + " · answer by "
                + Formats.time(counter.validUntil())
                + (counter.notes() == null ? "" : " · \u201c" + counter.notes() + "\u201d")));
    Button accept =
        new Button(
            "Accept the counter-offer",
            e -> {
              ConfirmDialog dialog = new ConfirmDialog();
              dialog.setHeader("Accept the buyer's prices?");
              dialog.setText(
                  "The request is awarded to you: an order for "
                      + Formats.rupees(counter.total())
                      + " at these prices follows, for you to confirm and ship.");
              dialog.setCancelable(true);
              dialog.setCancelText("Go back");
              dialog.setConfirmText("Accept");
              dialog.addConfirmListener(
                  ok ->
                      page.act(
                          "Accepted: the order follows",
                          () -> quotes.answerCounter(seller, counter.id(), true)));
              dialog.open();
            });
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button decline =
        new Button(
            "Decline it, keep my quote",
            e ->
                page.act(
                    "Counter-offer declined",
                    () -> quotes.answerCounter(seller, counter.id(), false)));
    box.add(RfqComponents.row(accept, decline), new Paragraph("Or quote other prices below."));
    return box;
  }

  private VerticalLayout quoteForm(QuoteRevision latest, boolean answeringCounter) {
    VerticalLayout form = new VerticalLayout();
    form.setPadding(false);
    form.addClassName("rfq-quote-form");
    form.add(
        new H4(
            latest == null
                ? "Your quote"
                : latest.status() == QuoteStatus.EXPIRED
                    ? "Re-open your expired quote"
                    : answeringCounter ? "Quote again" : "Revise your quote"));
    List<QuoteLine> previous = latest == null ? List.of() : rfqs.quoteLines(seller, latest.id());
    List<BigDecimalField> prices = new ArrayList<>();
    List<ComboBox<OfferListing>> offers = new ArrayList<>();
    for (RfqLine line : lines) {
      BigDecimalField price =
          new BigDecimalField(
              line.description()
                  + " × "
                  + line.quantity()
                  + " "
                  + line.unit()
                  + ": price per unit (₹)");
      price.setWidthFull();
      ComboBox<OfferListing> offer = new ComboBox<>("Which of your products");
      if (line.productId() != null) {
        catalog
            .activeOffer(seller.sellerId(), line.productId())
            .ifPresentOrElse(
                listed -> {
                  price.setHelperText(
                      "Your catalog price: "
                          + Formats.rupees(listed.unitPriceFor(line.quantity())));
                  price.setValue(listed.unitPriceFor(line.quantity()));
                },
                () -> price.setHelperText("You do not list this product: add it to your catalog"));
        offer.setVisible(false);
      } else {
        offer.setItems(
            query ->
                catalog
                    .offersOf(
                        seller.sellerId(),
                        query.getFilter().orElse(null),
                        query.getOffset() + query.getLimit())
                    .stream()
                    .skip(query.getOffset()));
        offer.setItemLabelGenerator(o -> o.productName() + " (" + o.unit() + ")");
      }
      if (!previous.isEmpty()) {
        price.setValue(previous.get(line.lineNo() - 1).unitPrice());
      }
      prices.add(price);
      offers.add(offer);
      form.add(price, offer);
    }
    IntegerField leadTime = new IntegerField("Ships in (days)");
    leadTime.setMin(0);
    leadTime.setMax(365);
    leadTime.setValue(latest == null ? 3 : latest.leadTimeDays());
    DateTimePicker validUntil = new DateTimePicker("Valid until");
    validUntil.setValue(
        LocalDateTime.ofInstant(clock.instant(), INDIA).toLocalDate().plusDays(7).atTime(18, 0));
    validUntil.setLocale(NewRfqView.INDIAN_ENGLISH);
    validUntil.setWidthFull(); // its date and time share a phone's width
    validUntil.setMaxWidth("30em");
    TextField notes = new TextField("Notes for the buyer");
    notes.setMaxLength(1000);
    notes.setWidthFull();
    Checkbox belowFloor = new Checkbox("I confirm prices below my floor price");
    Button send =
        new Button(
            latest == null ? "Send quote" : "Send the new quote",
            e ->
                page.act(
                    "Quote sent",
                    () ->
                        quotes.quote(
                            seller,
                            rfq.id(),
                            new QuoteDraft(
                                draftLines(prices, offers),
                                leadTime.getValue() == null ? -1 : leadTime.getValue(),
                                validUntil.getValue() == null
                                    ? null
                                    : validUntil.getValue().atZone(INDIA).toInstant(),
                                notes.getValue(),
                                belowFloor.getValue()))));
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClassName("rfq-send-quote");
    form.add(leadTime, validUntil, notes, belowFloor, send);
    return form;
  }

  private static List<QuoteDraft.Line> draftLines(
      List<BigDecimalField> prices, List<ComboBox<OfferListing>> offers) {
    List<QuoteDraft.Line> lines = new ArrayList<>();
    for (int i = 0; i < prices.size(); i++) {
      OfferListing chosen = offers.get(i).getValue();
      lines.add(
          new QuoteDraft.Line(prices.get(i).getValue(), chosen == null ? null : chosen.offerId()));
    }
    return lines;
  }

  private HorizontalLayout declineForm() {
    TextField reason = RfqComponents.reasonField("Reason to decline");
    Button decline =
        new Button(
            "Decline the request",
            e -> page.act("Declined", () -> quotes.decline(seller, rfq.id(), reason.getValue())));
    decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    return RfqComponents.row(reason, decline);
  }

  private Grid<QuoteRevision> revisions(List<QuoteRevision> mine) {
    Grid<QuoteRevision> grid = RfqComponents.history(seller, mine, "Buyer's counter-offer", false);
    grid.addClassName("rfq-revisions");
    return grid;
  }
}
