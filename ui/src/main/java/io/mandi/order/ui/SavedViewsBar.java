package io.mandi.order.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.mandi.account.Actor;
import io.mandi.console.SavedView;
import io.mandi.console.SavedViews;
import java.util.function.Supplier;

/** Operations' shared order lists: open one, save the list on screen under a name, delete one. */
class SavedViewsBar extends HorizontalLayout {
  private final SavedViews views;
  private final Actor ops;
  private final ComboBox<SavedView> open = new ComboBox<>("Saved views");
  private final TextField name = new TextField("Save this list as");

  SavedViewsBar(SavedViews views, Actor ops, Supplier<QueryParameters> current) {
    this.views = views;
    this.ops = ops;
    addClassName("saved-views");
    setWrap(true);
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
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
    add(open, delete, name, save);
  }

  private void reload() {
    open.setItems(views.all(ops));
  }
}
