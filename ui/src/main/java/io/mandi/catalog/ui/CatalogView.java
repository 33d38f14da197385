package io.mandi.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
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
  private OfferListing chosen;

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
    filters.setWrap(true);

    // Three columns that wrap, so every fact stays on screen from a phone to a wide monitor.
    grid.addColumn(
            LitRenderer.<OfferListing>of(
                    "<div><b>${item.product}</b></div><div style=\"font-size:"
                        + " var(--lumo-font-size-s)\">${item.seller}</div>")
                .withProperty("product", OfferListing::productName)
                .withProperty("seller", CatalogView::sellerLabel))
        .setHeader("Offer")
        .setFlexGrow(3);
    grid.addColumn(CatalogView::priceLabel).setHeader("Price per unit").setFlexGrow(2);
    grid.addColumn(CatalogView::terms).setHeader("Terms").setFlexGrow(2);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addClassName("catalog");
    // only the buyer's own click chooses: a new search re-selects the chosen offer quietly
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              if (e.isFromClient()) {
                select(e.getValue());
              }
            });

    quantity.setMin(1);
    quantity.setMax(Cart.MAX_QUANTITY);
    quantity.setStepButtonsVisible(true);
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.addClickListener(e -> addToCart());
    HorizontalLayout order = new HorizontalLayout(selected, quantity, add);
    order.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    order.setWrap(true);
    order.addClassName("catalog-order");
    select(null);

    add(new H2("Catalog"), filters, grid, order);
    expand(grid);
    refresh();
  }

  /**
   * Lists the offers found, a page at a time. A new search keeps the offer chosen and its quantity;
   * it stays selected if still listed.
   */
  private void refresh() {
    String text = search.getValue();
    String categoryId = category.getValue() == null ? null : category.getValue().id();
    try {
      CatalogService.checkSearch(text); // before the grid asks for pages
    } catch (IllegalArgumentException badSearch) {
      search.setInvalid(true);
      search.setErrorMessage(badSearch.getMessage());
      return;
    }
    search.setInvalid(false);
    grid.setItems(
        query -> catalog.search(text, categoryId, query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(catalog.count(text, categoryId), Integer.MAX_VALUE));
    if (chosen != null) {
      grid.select(chosen);
    }
  }

  private void select(OfferListing offer) {
    chosen = offer;
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
    OfferListing offer = chosen;
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

  private static String terms(OfferListing offer) {
    return "min. "
        + offer.minOrderQty()
        + " "
        + offer.unit()
        + " · "
        + offer.stock()
        + " in stock · ships in "
        + offer.leadTimeDays()
        + (offer.leadTimeDays() == 1 ? " day" : " days")
        + " · "
        + offer.categoryName();
  }

  static String priceLabel(OfferListing offer) {
    return offer.priceBreaks().stream()
        .map(b -> Formats.rupees(b.unitPrice()) + (b.minQty() > 1 ? " from " + b.minQty() : ""))
        .collect(Collectors.joining(" · "));
  }
}
