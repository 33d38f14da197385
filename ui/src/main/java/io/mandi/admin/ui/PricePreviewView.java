package io.mandi.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.AccountService;
import io.mandi.account.Buyer;
import io.mandi.account.NotAllowedException;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.order.LinePricing;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import io.mandi.ui.PriceExplanation;
import jakarta.annotation.security.RolesAllowed;

/** What a buyer would pay for an offer today and why, by the rules in use: nothing is stored. */
@Route(value = "admin/price-preview", layout = MainLayout.class)
@PageTitle("Price preview | Mandi")
@RolesAllowed({AppRoles.ADMIN, AppRoles.OPS})
public class PricePreviewView extends VerticalLayout {
  static final int OFFERS_SHOWN = 50;

  public PricePreviewView(
      LinePricing pricing,
      CatalogService catalog,
      AccountService accounts,
      CurrentUser currentUser) {
    ComboBox<OfferListing> offer = new ComboBox<>("Product and seller");
    offer.setItems(
        query ->
            catalog
                .search(query.getFilter().orElse(null), null, query.getOffset(), query.getLimit())
                .stream());
    offer.setItemLabelGenerator(o -> o.productName() + " · " + o.sellerName());
    offer.setWidth("min(100%, 28em)");
    ComboBox<Buyer> buyer = new ComboBox<>("Buyer");
    buyer.setItems(
        query ->
            accounts
                .searchBuyers(query.getFilter().orElse(null), query.getOffset(), query.getLimit())
                .stream());
    buyer.setItemLabelGenerator(b -> b.name() + " (" + Formats.label(b.kind().name()) + ")");
    IntegerField quantity = new IntegerField("Quantity");
    quantity.setMin(1);
    quantity.setValue(1);
    Div result = new Div();
    result.addClassName("price-preview");
    Button preview =
        new Button(
            "Preview the price",
            click -> {
              result.removeAll();
              if (offer.isEmpty() || buyer.isEmpty() || quantity.isEmpty()) {
                result.add(new Paragraph("Choose a product, a buyer and a quantity."));
                return;
              }
              try {
                LinePricing.Priced priced =
                    pricing.preview(
                        currentUser.actor(),
                        offer.getValue().offerId(),
                        buyer.getValue().id(),
                        quantity.getValue());
                result.add(PriceExplanation.of(priced.facts(), priced.unitPrice(), priced.rules()));
              } catch (IllegalArgumentException | NotAllowedException refused) {
                result.add(new Paragraph(refused.getMessage()));
              }
            });
    preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    FlexLayout form = new FlexLayout(offer, buyer, quantity, preview);
    form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    form.setAlignItems(FlexLayout.Alignment.BASELINE);
    form.getStyle().set("gap", "var(--lumo-space-m)");
    add(new H2("Price preview"), form, result);
  }
}
