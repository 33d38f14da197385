package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.TextRenderer;
import io.mandi.account.Actor;
import io.mandi.rfq.Invitation;
import io.mandi.rfq.QuoteLine;
import io.mandi.rfq.QuoteRevision;
import io.mandi.rfq.QuoteStatus;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqAward;
import io.mandi.rfq.RfqDecisions;
import io.mandi.rfq.RfqLine;
import io.mandi.rfq.RfqService;
import io.mandi.ui.Formats;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The buyer's side of a request: the quotes side by side with their scores and reasons, accept
 * (whole or per item), counter, reject all; extend or cancel; the sellers' questions; the orders
 * the award became.
 */
class BuyerRfqPanel extends VerticalLayout {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

  private final RfqPage page;
  private final Rfq rfq;
  private final List<RfqLine> lines;
  private final RfqService rfqs;
  private final RfqDecisions decisions;
  private final Actor buyer;
  private final java.time.Clock clock;

  /** Each quote's prices, read once per drawing of the panel: labels ask for them repeatedly. */
  private final Map<Long, List<QuoteLine>> prices = new java.util.HashMap<>();

  BuyerRfqPanel(
      RfqPage page,
      Rfq rfq,
      List<RfqLine> lines,
      RfqService rfqs,
      RfqDecisions decisions,
      Actor buyer,
      java.time.Clock clock) {
    this.clock = clock;
    this.page = page;
    this.rfq = rfq;
    this.lines = lines;
    this.rfqs = rfqs;
    this.decisions = decisions;
    this.buyer = buyer;
    setPadding(false);
    List<QuoteRevision> all = rfqs.quotes(buyer, rfq.id());
    List<QuoteRevision> open =
        all.stream()
            .filter(q -> !q.counterOffer() && q.status() == QuoteStatus.OPEN)
            .sorted(
                Comparator.comparing(
                    QuoteRevision::score, Comparator.nullsLast(Comparator.reverseOrder())))
            .toList();
    switch (rfq.status()) {
      case OPEN -> add(new Paragraph(waitingLine(all)));
      case NO_RESPONSES -> add(extendForm());
      case COMPARING -> {
        add(new H4("Quotes side by side"), comparison(open));
        if (lines.size() > 1 && open.size() > 1) {
          add(perItem(open));
        }
        pendingCounters(all);
        add(rejectForm());
      }
      case AWARDED -> add(awards());
      default -> {}
    }
    if (!rfq.status().finished()) {
      add(cancelForm());
    }
    add(new H4("Sellers asked"), invitations());
    threads();
    add(new H4("Every quote and counter-offer"), history(all));
  }

  private String waitingLine(List<QuoteRevision> all) {
    long quoted =
        all.stream().filter(q -> !q.counterOffer()).map(QuoteRevision::sellerId).distinct().count();
    return quoted
        + (quoted == 1 ? " seller has" : " sellers have")
        + " quoted so far. You compare the quotes when the request closes.";
  }

  /**
   * Two columns that wrap, so a phone shows every quote's seller, total, score and actions: the
   * prices per item, terms and the score's reasons fold into the row's details.
   */
  private Grid<QuoteRevision> comparison(List<QuoteRevision> open) {
    Grid<QuoteRevision> grid = new Grid<>();
    grid.addColumn(
            LitRenderer.<QuoteRevision>of(
                    "<div><b>${item.seller}</b></div><div>${item.total} · score ${item.score}"
                        + " · ships in ${item.lead} d</div>")
                .withProperty("seller", QuoteRevision::sellerName)
                .withProperty("total", q -> Formats.rupees(q.total()))
                .withProperty("score", q -> q.score() == null ? "–" : q.score().toPlainString())
                .withProperty("lead", QuoteRevision::leadTimeDays))
        .setHeader("Quote, best score first")
        .setFlexGrow(1);
    grid.addColumn(new ComponentRenderer<>(this::quoteActions))
        .setHeader("")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItemDetailsRenderer(new TextRenderer<>(q -> QuoteDetails.all(lines, pricesOf(q), q)));
    grid.setDetailsVisibleOnClick(true);
    grid.setItems(open);
    grid.setAllRowsVisible(true);
    grid.addClassName("rfq-comparison");
    if (!open.isEmpty()) {
      grid.setDetailsVisible(open.getFirst(), true);
    }
    return grid;
  }

  private HorizontalLayout quoteActions(QuoteRevision quote) {
    Button accept = new Button("Accept", e -> confirmAccept(quote));
    accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    accept.setAriaLabel("Accept " + quote.sellerName() + "'s quote");
    Button counter = new Button("Counter…", e -> counterDialog(quote));
    counter.addThemeVariants(ButtonVariant.LUMO_SMALL);
    counter.setAriaLabel("Counter " + quote.sellerName() + "'s quote");
    HorizontalLayout actions = new HorizontalLayout(accept, counter);
    actions.setSpacing(true);
    actions.setWrap(true);
    return actions;
  }

  private void confirmAccept(QuoteRevision quote) {
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setHeader("Accept " + quote.sellerName() + "'s quote?");
    dialog.setText(
        "It becomes an order for "
            + Formats.rupees(quote.total())
            + " at these prices; you pay it into escrow once the seller confirms. The other"
            + " sellers are told they were not chosen.");
    dialog.setCancelable(true);
    dialog.setCancelText("Go back");
    dialog.setConfirmText("Accept the quote");
    dialog.addConfirmListener(
        e ->
            page.act(
                "Accepted: the order follows",
                () -> decisions.acceptWhole(buyer, rfq.id(), quote.id())));
    dialog.open();
  }

  private void counterDialog(QuoteRevision quote) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Counter " + quote.sellerName() + "'s quote");
    VerticalLayout form = new VerticalLayout();
    List<BigDecimalField> prices = new ArrayList<>();
    List<QuoteLine> quoted = pricesOf(quote);
    for (RfqLine line : lines) {
      BigDecimalField price =
          new BigDecimalField(line.description() + ", price per " + line.unit() + " (₹)");
      price.setValue(quoted.get(line.lineNo() - 1).unitPrice());
      price.setHelperText(
          "They quoted " + Formats.rupees(quoted.get(line.lineNo() - 1).unitPrice()));
      prices.add(price);
      form.add(price);
    }
    DateTimePicker answerBy = new DateTimePicker("The seller answers by");
    answerBy.setLocale(NewRfqView.INDIAN_ENGLISH);
    answerBy.setValue(
        LocalDateTime.ofInstant(clock.instant(), INDIA).plusDays(1).withSecond(0).withNano(0));
    TextField note = new TextField("Note to the seller");
    note.setMaxLength(1000);
    form.add(answerBy, note);
    dialog.add(form);
    Button send =
        new Button(
            "Send counter-offer",
            e -> {
              dialog.close();
              page.act(
                  "Counter-offer sent to " + quote.sellerName(),
                  () ->
                      decisions.counter(
                          buyer,
                          quote.id(),
                          prices.stream().map(BigDecimalField::getValue).toList(),
                          answerBy.getValue() == null
                              ? null
                              : answerBy.getValue().atZone(INDIA).toInstant(),
                          note.getValue()));
            });
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Go back", e -> dialog.close()), send);
    dialog.open();
  }

  /** Each item from the seller the buyer picks; items left empty are not bought. */
  private VerticalLayout perItem(List<QuoteRevision> open) {
    VerticalLayout box = new VerticalLayout(new H4("Or take each item from a different seller"));
    box.setPadding(false);
    Map<Integer, Select<QuoteRevision>> choices = new LinkedHashMap<>();
    for (RfqLine line : lines) {
      Select<QuoteRevision> choice = new Select<>();
      choice.setLabel(line.description() + " × " + line.quantity());
      choice.setItems(open);
      choice.setEmptySelectionAllowed(true);
      choice.setEmptySelectionCaption("Not this item");
      choice.setItemLabelGenerator(
          q ->
              q == null
                  ? "Not this item"
                  : q.sellerName()
                      + ", "
                      + Formats.rupees(pricesOf(q).get(line.lineNo() - 1).unitPrice())
                      + " per "
                      + line.unit());
      choices.put(line.lineNo(), choice);
      box.add(choice);
    }
    Button accept =
        new Button(
            "Accept the chosen items",
            e -> {
              Map<Integer, Long> picked = new LinkedHashMap<>();
              choices.forEach(
                  (lineNo, choice) -> {
                    if (choice.getValue() != null) {
                      picked.put(lineNo, choice.getValue().id());
                    }
                  });
              page.act(
                  "Accepted: one order per seller follows",
                  () -> decisions.accept(buyer, rfq.id(), picked));
            });
    box.add(accept);
    return box;
  }

  private void pendingCounters(List<QuoteRevision> all) {
    all.stream()
        .filter(q -> q.counterOffer() && q.status() == QuoteStatus.OPEN)
        .forEach(
            q ->
                add(
                    new Paragraph(
                        "Your counter-offer of "
                            + Formats.rupees(q.total())
                            + " waits for "
                            + q.sellerName()
                            + " until "
                            + Formats.time(q.validUntil())
                            + ".")));
  }

  private HorizontalLayout rejectForm() {
    TextField reason = RfqComponents.reasonField("Reason to reject every quote");
    Button reject =
        new Button(
            "Reject all quotes",
            e ->
                page.act(
                    "All quotes rejected",
                    () -> decisions.rejectAll(buyer, rfq.id(), reason.getValue())));
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    return RfqComponents.row(reason, reject);
  }

  private HorizontalLayout extendForm() {
    DateTimePicker until = new DateTimePicker("Give sellers until");
    until.setLocale(NewRfqView.INDIAN_ENGLISH);
    until.setValue(
        LocalDateTime.ofInstant(clock.instant(), INDIA).plusDays(2).withSecond(0).withNano(0));
    Button extend =
        new Button(
            "Extend the request",
            e ->
                page.act(
                    "Extended: the sellers are asked again",
                    () ->
                        decisions.extend(
                            buyer,
                            rfq.id(),
                            until.getValue() == null
                                ? null
                                : until.getValue().atZone(INDIA).toInstant())));
    extend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    return RfqComponents.row(until, extend);
  }

  private HorizontalLayout cancelForm() {
    TextField reason = RfqComponents.reasonField("Reason to cancel");
    Button cancel =
        new Button(
            "Cancel the request",
            e ->
                page.act(
                    "Request cancelled",
                    () -> decisions.cancel(buyer, rfq.id(), reason.getValue())));
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    return RfqComponents.row(reason, cancel);
  }

  private VerticalLayout awards() {
    VerticalLayout box = new VerticalLayout(new H4("Orders from this request"));
    box.setPadding(false);
    List<RfqAward> awards = rfqs.awards(buyer, rfq.id());
    awards.stream()
        .map(RfqAward::orderId)
        .distinct()
        .forEach(
            orderId -> {
              if (orderId == null) {
                box.add(new Paragraph("The order is being placed…"));
              } else {
                Anchor link = new Anchor("orders/" + orderId, "Order #" + orderId);
                link.addClassName("rfq-order");
                box.add(link);
              }
            });
    return box;
  }

  private Grid<Invitation> invitations() {
    Grid<Invitation> grid = new Grid<>();
    grid.addColumn(Invitation::sellerName).setHeader("Seller").setFlexGrow(1);
    grid.addColumn(i -> RfqLabels.invitation(i.status())).setHeader("Answer").setFlexGrow(1);
    grid.setItemDetailsRenderer(
        new TextRenderer<>(
            i -> i.why() + (i.declineReason() == null ? "" : " · declined: " + i.declineReason())));
    grid.setDetailsVisibleOnClick(true);
    grid.setItems(rfqs.invitations(buyer, rfq.id()).stream().filter(i -> !i.excluded()).toList());
    grid.setAllRowsVisible(true);
    grid.addClassName("rfq-invitations");
    return grid;
  }

  private void threads() {
    for (Invitation invitation : rfqs.invitations(buyer, rfq.id())) {
      var messages = rfqs.thread(buyer, invitation.id());
      if (!messages.isEmpty()) {
        add(
            new RfqThread(
                "Messages with " + invitation.sellerName(),
                invitation,
                messages,
                "Answer",
                text -> page.act("Answer sent", () -> rfqs.answer(buyer, invitation.id(), text))));
      }
    }
  }

  private List<QuoteLine> pricesOf(QuoteRevision quote) {
    return prices.computeIfAbsent(quote.id(), id -> rfqs.quoteLines(buyer, id));
  }

  private Grid<QuoteRevision> history(List<QuoteRevision> all) {
    Grid<QuoteRevision> grid = RfqComponents.history(buyer, all, "Your counter-offer", true);
    grid.addClassName("rfq-history");
    return grid;
  }
}
