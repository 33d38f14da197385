package io.mandi.ledger.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.TextRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.ledger.LedgerAccounts;
import io.mandi.ledger.LedgerService;
import io.mandi.payment.Payouts;
import io.mandi.payment.SellerPayout;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import io.mandi.vendor.SellerPerformance;
import io.mandi.vendor.VendorAssignmentService;
import jakarta.annotation.security.RolesAllowed;

/**
 * What each settled order paid this seller, from the buyer's payment to its net, with the gateway
 * transfer's state; and the seller's own performance figures. The grid keeps the columns that
 * matter (order, net, transfer) and folds the breakdown into each row's details.
 */
@Route(value = "payouts", layout = MainLayout.class)
@PageTitle("Payouts | Mandi")
@RolesAllowed(AppRoles.SELLER)
public class PayoutsView extends VerticalLayout {

  public PayoutsView(
      LedgerService ledger,
      Payouts payouts,
      VendorAssignmentService vendors,
      CurrentUser currentUser) {
    Actor seller = currentUser.actor();
    setSizeFull();
    Grid<SellerPayout> grid = new Grid<>();
    grid.addColumn(
            LitRenderer.<SellerPayout>of("<a href=\"payouts/${item.id}\">#${item.id}</a>")
                .withProperty("id", SellerPayout::orderId))
        .setHeader("Order")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(p -> Formats.rupees(p.net())).setHeader("Net to you").setKey("net");
    grid.addColumn(p -> transfer(p)).setHeader("Transfer").setAutoWidth(true);
    grid.addColumn(p -> Formats.time(p.settledAt())).setHeader("Settled").setAutoWidth(true);
    grid.setItemDetailsRenderer(new TextRenderer<>(PayoutsView::breakdown));
    grid.setDetailsVisibleOnClick(true);
    grid.setItems(
        query -> payouts.of(seller, query.getOffset(), query.getLimit()).stream(),
        query -> (int) Math.min(payouts.count(seller), Integer.MAX_VALUE));
    grid.addClassName("payouts");

    Paragraph payable =
        new Paragraph(
            "Payable to you: "
                + Formats.rupees(ledger.balance(LedgerAccounts.sellerPayable(seller.sellerId())))
                + ". Tap an order for its breakdown.");
    add(new H2("Payouts"), payable, performance(vendors.performanceOf(seller)), grid);
    expand(grid);
  }

  /** Gross, refunds, commission and net in one line, as the row's details. */
  static String breakdown(SellerPayout p) {
    return "Buyer paid "
        + Formats.rupees(p.gross())
        + (p.refunded().signum() == 0
            ? ""
            : " · refunded to the buyer " + Formats.rupees(p.refunded()))
        + " · Mandi's commission "
        + Formats.rupees(p.commission())
        + " · net to you "
        + Formats.rupees(p.net())
        + (p.reversed().signum() == 0
            ? ""
            : " · the gateway took back " + Formats.rupees(p.reversed()) + " of the transfer");
  }

  static String transfer(SellerPayout p) {
    if (p.transferStatus() == null) {
      return p.net().signum() == 0 ? "Nothing to pay" : "Paid from Mandi's account";
    }
    return switch (p.transferStatus()) {
      case "REQUESTED" -> "Being sent";
      case "ON_HOLD" -> "At the gateway, on hold";
      case "RELEASED" -> "Released to your bank account";
      case "REVERSED" -> "Taken back";
      default -> Formats.label(p.transferStatus());
    };
  }

  private static VerticalLayout performance(SellerPerformance figures) {
    Paragraph line =
        new Paragraph(
            "You accepted "
                + rate(figures.acceptanceRate())
                + " of the "
                + figures.offered()
                + " orders offered to you; "
                + rate(figures.onTimeRate())
                + " of your "
                + figures.deliveries()
                + " deliveries arrived on time; "
                + figures.cancelledBySeller()
                + " confirmed orders were cancelled on your side (a buyer's own cancellation does"
                + " not count).");
    line.addClassName("seller-performance");
    VerticalLayout box = new VerticalLayout(new H4("Your performance"), line);
    box.setPadding(false);
    box.setSpacing(false);
    return box;
  }

  private static String rate(Integer percent) {
    return percent == null ? "–" : percent + "%";
  }
}
