package io.mandi.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.mandi.account.Actor;
import io.mandi.console.SavedView;
import io.mandi.console.SavedViews;
import java.util.function.Supplier;

/**
 * Operations' shared order lists: open one, save the list on screen under a name, delete one.
 * Folded away under "Saved views", so the list itself stays in sight on a phone.
 */
class SavedViewsBar extends Details {
  private final SavedViews views;
  private final Actor ops;
  private final ComboBox<SavedView> open = new ComboBox<>("Open a saved view");
  private final TextField name = new TextField("Save this list as");

  SavedViewsBar(SavedViews views, Actor ops, Supplier<QueryParameters> current) {
    this.views = views;
    this.ops = ops;
    setSummaryText("Saved views");
    addClassName("saved-views");
    open.setItemLabelGenerator(SavedView::name);
    open.setPlaceholder("Choose a view");
    open.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            UI.getCurrent().navigate("orders", QueryParameters.fromString(e.getValue().query()));
          }
        });
    Button delete =
        new Button(
            "Delete view",
            click -> {
              if (open.getValue() != null) {
                views.delete(ops, open.getValue().id());
                open.clear();
                reload();
              }
            });
    delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    name.setMaxLength(80);
    name.setPlaceholder("e.g. Unpaid in Maharashtra");
    Button save =
        new Button(
            "Save view",
            click -> {
              try {
                views.save(ops, name.getValue(), current.get().getQueryString());
                Notification.show(
                    "Saved: everyone in operations sees \"" + name.getValue().strip() + "\"",
                    4000,
                    Notification.Position.BOTTOM_START);
                name.clear();
                name.setInvalid(false);
                reload();
              } catch (IllegalArgumentException refused) {
                name.setInvalid(true);
                name.setErrorMessage(refused.getMessage());
              }
            });
    reload();
    HorizontalLayout row = new HorizontalLayout(open, delete, name, save);
    row.setWrap(true);
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(row);
  }

  private void reload() {
    open.setItems(views.all(ops));
  }
}
