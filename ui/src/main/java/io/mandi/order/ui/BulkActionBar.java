package io.mandi.order.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.order.Order;
import io.mandi.recovery.BulkAction;
import io.mandi.recovery.BulkItem;
import io.mandi.recovery.OrderBulkActions;
import java.util.List;

/**
 * Acts on the orders ticked in the list: choose an action, see per order what it will do or why it
 * is skipped, then apply it and see what it did.
 */
class BulkActionBar extends HorizontalLayout {
  private final OrderBulkActions bulk;
  private final Actor ops;
  private final Grid<Order> grid;
  private final Runnable done;
  private final Select<BulkAction> action = new Select<>();
  private final TextField reason = new TextField("Reason");
  private final Button preview = new Button("Preview…");
  private final Span selected = new Span("No orders ticked");

  BulkActionBar(OrderBulkActions bulk, Actor ops, Grid<Order> grid, Runnable done) {
    this.bulk = bulk;
    this.ops = ops;
    this.grid = grid;
    this.done = done;
    addClassName("bulk-actions");
    setWrap(true);
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    action.setLabel("With the ticked orders");
    action.setItems(BulkAction.values());
    action.setItemLabelGenerator(BulkAction::label);
    action.setValue(BulkAction.RETRY);
    reason.setMaxLength(500);
    reason.setPlaceholder("Needed to cancel");
    preview.setEnabled(false);
    preview.addClickListener(click -> showPreview());
    grid.addSelectionListener(
        event -> {
          int ticked = event.getAllSelectedItems().size();
          selected.setText(
              ticked == 0
                  ? "No orders ticked"
                  : ticked == 1 ? "1 order ticked" : ticked + " orders ticked");
          preview.setEnabled(ticked > 0);
          setVisible(ticked > 0); // in sight only when there is something to act on
        });
    setVisible(false);
    selected.addClassName("bulk-selected");
    add(selected, action, reason, preview);
  }

  private List<Long> ticked() {
    return grid.getSelectedItems().stream().map(Order::id).sorted().toList();
  }

  private void showPreview() {
    List<BulkItem> plan;
    try {
      plan = bulk.preview(ops, action.getValue(), ticked(), reason.getValue());
    } catch (IllegalArgumentException | NotAllowedException refused) {
      reason.setInvalid(true);
      reason.setErrorMessage(refused.getMessage());
      return;
    }
    reason.setInvalid(false);
    long applies = plan.stream().filter(BulkItem::applies).count();
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(action.getValue().label() + ": what will happen");
    dialog.add(
        new Paragraph(
            applies
                + " of "
                + plan.size()
                + " orders will change; the others are skipped, as said. Nothing has happened"
                + " yet."),
        items(plan, "bulk-preview"));
    Button apply = new Button("Apply to " + applies + (applies == 1 ? " order" : " orders"));
    apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    apply.setEnabled(applies > 0);
    apply.addClickListener(
        click -> {
          List<BulkItem> results = bulk.apply(ops, action.getValue(), ticked(), reason.getValue());
          dialog.removeAll();
          dialog.getFooter().removeAll();
          long changed = results.stream().filter(BulkItem::applies).count();
          long failed = results.stream().filter(BulkItem::failed).count();
          dialog.setHeaderTitle(action.getValue().label() + ": done");
          dialog.add(
              new Paragraph(
                  changed
                      + " changed, "
                      + (results.size() - changed - failed)
                      + " skipped"
                      + (failed == 0 ? "" : ", " + failed + " failed (unchanged)")
                      + ". Each is recorded on its order."),
              items(results, "bulk-results"));
          dialog.getFooter().add(new Button("Close", close -> dialog.close()));
          grid.deselectAll();
          done.run();
          Notification.show(changed + " orders changed", 4000, Notification.Position.BOTTOM_START)
              .addThemeVariants(
                  failed == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
        });
    dialog.getFooter().add(new Button("Go back", close -> dialog.close()), apply);
    dialog.setWidth("min(90vw, 48em)");
    dialog.open();
  }

  private static Grid<BulkItem> items(List<BulkItem> items, String className) {
    Grid<BulkItem> grid = new Grid<>();
    grid.addColumn(item -> "#" + item.orderId()).setHeader("Order").setAutoWidth(true);
    grid.addColumn(BulkItem::effect).setHeader("What happens").setFlexGrow(1);
    grid.setItems(items);
    grid.setAllRowsVisible(items.size() <= 12);
    grid.addClassName(className);
    return grid;
  }
}
