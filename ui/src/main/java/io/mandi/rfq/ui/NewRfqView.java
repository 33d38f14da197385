package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.order.ui.Cart;
import io.mandi.rfq.NewRfq;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A buyer asks sellers for quotes: what (catalog products or items in words, quantities, target
 * prices), where and by when, and when to close (a time, and optionally after enough answers). The
 * rules pick the sellers; the buyer may name more or exclude some. Opened with {@code ?from=cart},
 * the cart's items fill it.
 */
@Route(value = "rfqs/new", layout = MainLayout.class)
@PageTitle("New request for quotation | Mandi")
@RolesAllowed(AppRoles.BUYER)
public class NewRfqView extends VerticalLayout implements BeforeEnterObserver {
  private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
  static final java.util.Locale INDIAN_ENGLISH = java.util.Locale.of("en", "IN");

  private final CatalogService catalog;
  private final RfqService rfqs;
  private final Cart cart;
  private final Actor buyer;
  private final UUID requestId = UUID.randomUUID(); // one form, one request, however often sent
  private final VerticalLayout lines = new VerticalLayout();
  private final List<RfqLineEditor> editors = new ArrayList<>();

  private final TextField title = new TextField("Title");
  private final TextField region = new TextField("Delivery region (state code)");
  private final DatePicker deliverBy = new DatePicker("Deliver by");
  private final DateTimePicker closesAt = new DateTimePicker("Sellers answer by");
  private final IntegerField closeAfter = new IntegerField("Close after N answers");
  private final IntegerField rounds = new IntegerField("Counter-offer rounds");
  private final MultiSelectComboBox<Seller> invite = new MultiSelectComboBox<>("Also ask");
  private final MultiSelectComboBox<Seller> exclude = new MultiSelectComboBox<>("Do not ask");

  public NewRfqView(
      CatalogService catalog,
      RfqService rfqs,
      AccountService accounts,
      Cart cart,
      Clock clock,
      CurrentUser currentUser) {
    this.catalog = catalog;
    this.rfqs = rfqs;
    this.cart = cart;
    this.buyer = currentUser.actor();
    LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), INDIA);
    title.setMaxLength(200);
    title.setWidthFull();
    region.setMaxLength(40);
    region.setValue(accounts.buyer(buyer.buyerId()).region());
    deliverBy.setValue(now.toLocalDate().plusDays(14));
    deliverBy.setMin(now.toLocalDate());
    closesAt.setValue(now.toLocalDate().plusDays(2).atTime(18, 0));
    closesAt.setMin(now.plusHours(1));
    closeAfter.setMin(1);
    closeAfter.setMax(20);
    closeAfter.setClearButtonVisible(true);
    closeAfter.setHelperText("Empty: only at the time above");
    rounds.setHelperText("Per seller");
    // dates as India writes them, and a closing time in working hours
    deliverBy.setLocale(INDIAN_ENGLISH);
    closesAt.setLocale(INDIAN_ENGLISH);
    rounds.setMin(0);
    rounds.setMax(5);
    rounds.setValue(2);
    rounds.setStepButtonsVisible(true);
    for (MultiSelectComboBox<Seller> sellers : List.of(invite, exclude)) {
      sellers.setItems(
          query ->
              catalog
                  .sellers(query.getFilter().orElse(null), query.getOffset() + query.getLimit())
                  .stream()
                  .skip(query.getOffset()));
      sellers.setItemLabelGenerator(Seller::name);
    }
    invite.setHelperText("Mandi's rules pick sellers who sell these items; name more here");

    Button addLine = new Button("Add an item", e -> addLine());
    Button send = new Button("Send to sellers", e -> send());
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClassName("rfq-send");

    HorizontalLayout when = new HorizontalLayout(region, deliverBy, closesAt, closeAfter, rounds);
    when.setWrap(true);
    when.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout who = new HorizontalLayout(invite, exclude);
    who.setWrap(true);
    lines.setPadding(false);
    add(
        new H2("New request for quotation"),
        new Paragraph(
            "Sellers quote their prices for these items; you compare the quotes, counter or"
                + " accept, and the accepted quote becomes an order paid into escrow."),
        title,
        new H4("Items"),
        lines,
        addLine,
        new H4("Delivery and closing"),
        when,
        new H4("Sellers"),
        who,
        send);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!editors.isEmpty()) {
      return;
    }
    boolean fromCart =
        event
            .getLocation()
            .getQueryParameters()
            .getParameters()
            .getOrDefault("from", List.of())
            .contains("cart");
    if (fromCart && !cart.lines().isEmpty()) {
      cart.lines()
          .forEach(
              line ->
                  catalog
                      .product(line.offer().productId())
                      .ifPresent(product -> addLine().fill(product, line.quantity())));
      title.setValue("Quotes for my cart");
    } else {
      addLine();
    }
  }

  private RfqLineEditor addLine() {
    RfqLineEditor editor = new RfqLineEditor(catalog);
    editor.remove.addClickListener(
        e -> {
          if (editors.size() > 1) {
            editors.remove(editor);
            lines.remove(editor);
          }
        });
    editors.add(editor);
    lines.add(editor);
    return editor;
  }

  private void send() {
    try {
      Rfq rfq =
          rfqs.create(
              buyer,
              new NewRfq(
                  requestId,
                  title.getValue(),
                  region.getValue(),
                  deliverBy.getValue(),
                  closesAt.getValue() == null
                      ? null
                      : closesAt.getValue().atZone(INDIA).toInstant(),
                  closeAfter.getValue(),
                  rounds.getValue() == null ? -1 : rounds.getValue(),
                  editors.stream().map(RfqLineEditor::line).toList(),
                  invite.getValue().stream().map(Seller::id).toList(),
                  exclude.getValue().stream().map(Seller::id).toList()));
      Notification.show(
              "Request #" + rfq.id() + " sent to sellers", 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate("rfqs/" + rfq.id()));
    } catch (IllegalArgumentException refused) {
      Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
