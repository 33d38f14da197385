package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Product;
import io.mandi.rfq.NewRfq;

/**
 * One item of a new request: a catalog product, or an item in words with its unit; the quantity and
 * an optional target price per unit.
 */
class RfqLineEditor extends HorizontalLayout {
  private final ComboBox<Product> product = new ComboBox<>("Catalog product");
  private final TextField description = new TextField("Or describe the item");
  private final TextField unit = new TextField("Unit");
  private final IntegerField quantity = new IntegerField("Quantity");
  private final BigDecimalField target = new BigDecimalField("Target price per unit (₹)");
  final Button remove = new Button("Remove");

  RfqLineEditor(CatalogService catalog) {
    product.setItems(
        query ->
            catalog
                .products(query.getFilter().orElse(null), query.getOffset() + query.getLimit())
                .stream()
                .skip(query.getOffset()));
    product.setItemLabelGenerator(p -> p.name() + " (" + p.unit() + ")");
    product.setClearButtonVisible(true);
    product.setWidth("20em");
    product.addValueChangeListener(
        e -> {
          boolean inWords = e.getValue() == null;
          unit.setEnabled(inWords);
          unit.setValue(inWords ? "" : e.getValue().unit());
        });
    description.setMaxLength(300);
    description.setPlaceholder("e.g. cotton bags, 10 x 14 in");
    unit.setMaxLength(20);
    unit.setWidth("6em");
    quantity.setMin(1);
    quantity.setMax(1_000_000);
    quantity.setStepButtonsVisible(true);
    quantity.setWidth("9em");
    target.setWidth("11em");
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    setWrap(true);
    addClassName("rfq-line");
    add(product, description, unit, quantity, target, remove);
  }

  void fill(Product chosen, int amount) {
    product.setValue(chosen);
    quantity.setValue(amount);
  }

  /** The item as asked; the service checks it and says what is wrong. */
  NewRfq.Line line() {
    Product chosen = product.getValue();
    return new NewRfq.Line(
        chosen == null ? null : chosen.id(),
        description.getValue(),
        quantity.getValue() == null ? 0 : quantity.getValue(),
        unit.getValue(),
        target.getValue());
  }
}
