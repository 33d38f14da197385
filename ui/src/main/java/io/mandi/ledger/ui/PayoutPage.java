package io.mandi.ledger.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.mandi.account.Actor;
import io.mandi.order.ui.OrderView;
import io.mandi.payment.Payouts;
import io.mandi.payment.SellerPayout;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * What one order paid the seller, on a page of its own (/payouts/123, by the order's number) to
 * link and bookmark: from the buyer's payment to the net, and where the gateway transfer stands.
 */
@Route(value = "payouts/:orderId([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed(AppRoles.SELLER)
public class PayoutPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
  private final Payouts payouts;
  private final Actor seller;
  private String title = "Payout | Mandi";

  public PayoutPage(Payouts payouts, CurrentUser currentUser) {
    this.payouts = payouts;
    this.seller = currentUser.actor();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long orderId = event.getRouteParameters().getLong("orderId").orElseThrow();
    removeAll();
    add(new RouterLink("← Payouts", PayoutsView.class));
    payouts
        .ofOrder(seller, orderId)
        .ifPresentOrElse(
            payout -> show(payout),
            () -> {
              title = "Payout not found | Mandi";
              add(
                  new H2("No payout for order #" + orderId),
                  new Paragraph(
                      "The order is not settled yet, or it is not one of yours. Escrow pays you"
                          + " when the buyer confirms receipt or the inspection period ends."));
            });
  }

  private void show(SellerPayout payout) {
    title = "Payout for order #" + payout.orderId() + " | Mandi";
    UnorderedList parts = new UnorderedList();
    parts.addClassName("payout-breakdown");
    parts.add(new ListItem("Buyer paid into escrow: " + Formats.rupees(payout.gross())));
    if (payout.refunded().signum() != 0) {
      parts.add(new ListItem("Refunded to the buyer: " + Formats.rupees(payout.refunded())));
    }
    parts.add(new ListItem("Mandi's commission: " + Formats.rupees(payout.commission())));
    parts.add(new ListItem("Net to you: " + Formats.rupees(payout.net())));
    if (payout.reversed().signum() != 0) {
      parts.add(
          new ListItem(
              "Taken back by the gateway from the transfer: " + Formats.rupees(payout.reversed())));
    }
    parts.add(new ListItem("Transfer: " + PayoutsView.transfer(payout)));
    parts.add(new ListItem("Settled: " + Formats.time(payout.settledAt())));
    add(
        new H2("Payout for order #" + payout.orderId()),
        parts,
        new RouterLink(
            "Open order #" + payout.orderId(),
            OrderView.class,
            new RouteParameters("orderId", String.valueOf(payout.orderId()))));
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
