package io.mandi.recommendation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.recommendation.PriceBand;
import io.mandi.recommendation.PriceChange;
import io.mandi.recommendation.PriceChangeRefusedException;
import io.mandi.recommendation.PriceChangeStatus;
import io.mandi.recommendation.PriceChanges;
import io.mandi.recommendation.PriceRecommender;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A seller's offers with a recommended price band for the one picked (minimum, recommended,
 * maximum, and why), applied with one click or at a price of their own; a large change waits for
 * operations. The latest changes and what became of them are listed below.
 */
@Route(value = "prices", layout = MainLayout.class)
@PageTitle("My prices | Mandi")
@RolesAllowed(AppRoles.SELLER)
public class MyPricesView extends VerticalLayout {
  static final int OFFERS_SHOWN = 200;

  private final CatalogService catalog;
  private final PriceRecommender recommender;
  private final PriceChanges changes;
  private final Actor seller;
  private final Grid<OfferListing> offers = new Grid<>();
  private final Div band = new Div();
  private final Grid<PriceChange> history = new Grid<>();

  public MyPricesView(
      CatalogService catalog,
      PriceRecommender recommender,
      PriceChanges changes,
      CurrentUser currentUser) {
    this.catalog = catalog;
    this.recommender = recommender;
    this.changes = changes;
    this.seller = currentUser.actor();
    TextField search = new TextField("Search your products");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    search.setMaxLength(CatalogService.MAX_SEARCH);
    search.addValueChangeListener(e -> showOffers(e.getValue()));
    offers.addColumn(OfferListing::productName).setHeader("Product").setFlexGrow(1);
    offers
        .addColumn(o -> Formats.rupees(o.priceBreaks().getFirst().unitPrice()))
        .setHeader("Price now")
        .setAutoWidth(true);
    offers.addColumn(OfferListing::stock).setHeader("Stock").setAutoWidth(true);
    offers.setHeight("16em");
    offers.addClassName("my-offers");
    offers.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showBand));
    band.addClassName("price-band");
    history.addColumn(c -> Formats.time(c.requestedAt())).setHeader("Asked").setAutoWidth(true);
    history.addColumn(c -> "Offer #" + c.offerId()).setHeader("Offer").setAutoWidth(true);
    history
        .addColumn(
            c ->
                Formats.rupees(c.oldPrice())
                    + " → "
                    + Formats.rupees(c.newPrice())
                    + " ("
                    + c.changePercent().toPlainString()
                    + " %)")
        .setHeader("Change")
        .setAutoWidth(true);
    history
        .addColumn(
            c -> c.status().label() + (c.decisionNote() == null ? "" : ": " + c.decisionNote()))
        .setHeader("State")
        .setFlexGrow(1);
    history.setAllRowsVisible(true);
    history.addClassName("price-changes");
    add(
        new H2("My prices"),
        new Paragraph(
            "Pick a product to see the price Mandi recommends, between a minimum and a maximum,"
                + " and why. Applying a price moves all your quantity breaks with it."),
        search,
        offers,
        band,
        new H3("Your latest price changes"),
        history);
    showOffers(null);
    history.setItems(changes.ofSeller(seller, 20));
  }

  private void showOffers(String text) {
    try {
      offers.setItems(catalog.offersOf(seller.sellerId(), text, OFFERS_SHOWN));
    } catch (IllegalArgumentException bad) {
      Notification.show(bad.getMessage(), 4000, Notification.Position.MIDDLE);
    }
  }

  private void showBand(OfferListing offer) {
    band.removeAll();
    PriceBand recommended;
    try {
      recommended = recommender.recommend(seller, offer.offerId());
    } catch (PriceChangeRefusedException | NotAllowedException refused) {
      band.add(new Paragraph(refused.getMessage()));
      return;
    }
    // one request id per shown band: a double click applies the price once
    UUID requestId = UUID.randomUUID();
    Paragraph headline =
        new Paragraph(
            offer.productName()
                + ": recommended "
                + Formats.rupees(recommended.recommended())
                + " (between "
                + Formats.rupees(recommended.minimum())
                + " and "
                + Formats.rupees(recommended.maximum())
                + "); now "
                + Formats.rupees(recommended.current()));
    headline.addClassName("price-band-headline");
    UnorderedList reasons = new UnorderedList();
    recommended.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
    reasons.addClassName("price-band-reasons");
    Button apply =
        new Button(
            "Apply " + Formats.rupees(recommended.recommended()),
            click -> apply(offer, recommended.recommended(), requestId, recommended));
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    BigDecimalField own = new BigDecimalField("Or your own price (₹)");
    own.setValue(recommended.recommended());
    Button applyOwn =
        new Button(
            "Apply this price",
            click -> apply(offer, own.getValue(), UUID.randomUUID(), recommended));
    FlexLayout actions = new FlexLayout(apply, own, applyOwn);
    actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    actions.setAlignItems(FlexLayout.Alignment.BASELINE);
    actions.getStyle().set("gap", "var(--lumo-space-m)");
    band.add(headline, reasons, actions);
  }

  private void apply(OfferListing offer, BigDecimal price, UUID requestId, PriceBand band) {
    try {
      PriceChange change =
          changes.request(
              seller, offer.offerId(), price, requestId, String.join("; ", band.reasons()));
      String said =
          change.status() == PriceChangeStatus.APPLIED
              ? offer.productName() + " now costs " + Formats.rupees(change.newPrice())
              : "A change of "
                  + change.changePercent().toPlainString()
                  + " % waits for operations' approval";
      Notification.show(said, 5000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      this.band.removeAll();
      this.band.add(new Paragraph(said));
      offers.setItems(catalog.offersOf(seller.sellerId(), null, OFFERS_SHOWN));
      history.setItems(changes.ofSeller(seller, 20));
    } catch (PriceChangeRefusedException | NotAllowedException refused) {
      Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }
}
