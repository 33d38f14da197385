package io.mandi.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Category;
import io.mandi.catalog.OfferListing;
import io.mandi.catalog.SellerKind;
import io.mandi.order.ui.Cart;
import io.mandi.ui.AppRoles;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Buyers find offers by name or category and put them in the cart. */
@Route(value = "catalog", layout = MainLayout.class)
@PageTitle("Catalog | Mandi")
@RolesAllowed(AppRoles.BUYER)
public class CatalogView extends VerticalLayout {
  private final CatalogService catalog;
  private final Cart cart;
  private final TextField search = new TextField();
  private final ComboBox<Category> category = new ComboBox<>("Category");
  private final Grid<OfferListing> grid = new Grid<>(OfferListing.class, false);
  private final IntegerField quantity = new IntegerField("Quantity");
  private final Button add = new Button("Add to cart");
  private final Span selected = new Span("Select an offer");

  public CatalogView(CatalogService catalog, Cart cart) {
    this.catalog = catalog;
    this.cart = cart;
    setSizeFull();

    search.setMaxLength(CatalogService.MAX_SEARCH);

    search.setLabel("Search");
    search.setPlaceholder("Product name or SKU");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    category.setItems(catalog.categories());
    category.setItemLabelGenerator(Category::name);
    category.setClearButtonVisible(true);
    category.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(search, category);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.addColumn(OfferListing::productName)
        .setHeader("Product")
        .setAutoWidth(true)
        .setFlexGrow(2);
    grid.addColumn(OfferListing::categoryName).setHeader("Category").setAutoWidth(true);
    grid.addColumn(CatalogView::sellerLabel).setHeader("Seller").setAutoWidth(true);
    grid.addColumn(CatalogView::priceLabel)
        .setHeader("Price per unit")
        .setAutoWidth(true)
        .setFlexGrow(2);
    grid.addColumn(OfferListing::minOrderQty).setHeader("Min. qty");
    grid.addColumn(OfferListing::stock).setHeader("In stock");
    grid.addColumn(offer -> offer.leadTimeDays() + " days").setHeader("Ships in");
    grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

    quantity.setMin(1);
    quantity.setMax(Cart.MAX_QUANTITY);
    quantity.setStepButtonsVisible(true);
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(e -> addToCart());
    HorizontalLayout order = new HorizontalLayout(selected, quantity, add);
    order.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    select(null);

    add(new H2("Catalog"), filters, grid, order);
    expand(grid);
    refresh();
  }

  private void refresh() {
    grid.setItems(
        catalog.search(
            search.getValue(), category.getValue() == null ? null : category.getValue().id()));
  }

  private void select(OfferListing offer) {
    quantity.setEnabled(offer != null);
    add.setEnabled(offer != null);
    if (offer == null) {
      selected.setText("Select an offer");
      quantity.clear();
    } else {
      selected.setText(offer.productName() + " from " + offer.sellerName());
      quantity.setValue(offer.minOrderQty());
      quantity.setHelperText(
          offer.unit() + ", at least " + offer.minOrderQty() + ", at most " + offer.stock());
    }
  }

  private void addToCart() {
    OfferListing offer = grid.asSingleSelect().getValue();
    Integer requested = quantity.getValue();
    if (offer == null || requested == null || requested <= 0) {
      quantity.setInvalid(true);
      quantity.setErrorMessage("Enter a quantity greater than 0");
      return;
    }
    try {
      cart.add(offer, requested);
    } catch (IllegalArgumentException tooMany) {
      quantity.setInvalid(true);
      quantity.setErrorMessage(tooMany.getMessage());
      return;
    }
    Notification.show(
            requested + " × " + offer.productName() + " added to the cart",
            3000,
            Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  private static String sellerLabel(OfferListing offer) {
    return offer.sellerKind() == SellerKind.SHG
        ? offer.sellerName() + " (SHG)"
        : offer.sellerName();
  }

  static String priceLabel(OfferListing offer) {
    return offer.priceBreaks().stream()
        .map(b -> Formats.rupees(b.unitPrice()) + (b.minQty() > 1 ? " from " + b.minQty() : ""))
        .collect(Collectors.joining(" · "));
  }
}
