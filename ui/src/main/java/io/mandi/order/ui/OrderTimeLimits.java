package io.mandi.order.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurations;

/**
 * The time limits an order runs by, as the durations rules set them for it. Operations and admins
 * also see which rule set each and the version that decided.
 */
class OrderTimeLimits extends VerticalLayout {

  OrderTimeLimits(OrderDurations durations, Actor actor) {
    setPadding(false);
    addClassName("order-time-limits");
    boolean staff = actor.role() == Role.OPS || actor.role() == Role.ADMIN;
    UnorderedList list = new UnorderedList();
    for (Deadline deadline : Deadline.values()) {
      String rule = durations.decidedBy().get(deadline);
      list.add(
          new ListItem(
              deadline.label()
                  + " "
                  + OrderDurations.words(durations.of(deadline))
                  + (staff && rule != null && !rule.isBlank() ? " (" + rule + ")" : "")));
    }
    add(list);
    if (staff) {
      add(
          new Paragraph(
              "Set by " + durations.rulesVersion() + " when the order was first checked."));
    }
  }
}
