package io.mandi.ledger.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.ledger.AccountEntry;
import io.mandi.ledger.LedgerAccounts;
import io.mandi.ledger.LedgerService;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** What escrow released to this seller, less the platform's commission. */
@Route(value = "payouts", layout = MainLayout.class)
@PageTitle("Payouts | Mandi")
@RolesAllowed(AppRoles.SELLER)
public class PayoutsView extends VerticalLayout {

  public PayoutsView(LedgerService ledger, CurrentUser currentUser) {
    Actor seller = currentUser.actor();
    setSizeFull();
    List<AccountEntry> entries = ledger.payoutsOf(seller);
    Grid<AccountEntry> grid = new Grid<>();
    grid.addColumn(e -> Formats.time(e.createdAt())).setHeader("When").setAutoWidth(true);
    grid.addColumn(e -> "#" + e.orderId()).setHeader("Order");
    grid.addColumn(e -> e.kind().name()).setHeader("Movement");
    grid.addColumn(e -> Formats.rupees(e.amount())).setHeader("Amount").setKey("amount");
    grid.setItems(entries);
    add(
        new H2("Payouts"),
        new Paragraph(
            "Payable to you: "
                + Formats.rupees(ledger.balance(LedgerAccounts.sellerPayable(seller.sellerId())))),
        grid);
    expand(grid);
  }
}
