package io.mandi.rfq.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.rfq.Rfq;
import io.mandi.rfq.RfqService;
import io.mandi.rfq.RfqStatus;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Requests for quotation, newest first, a page at a time: a buyer's own, those a seller is invited
 * to, or all of them for operations; filtered by status.
 */
@Route(value = "rfqs", layout = MainLayout.class)
@PageTitle("Requests for quotation | Mandi")
@RolesAllowed({AppRoles.BUYER, AppRoles.SELLER, AppRoles.OPS})
public class RfqsView extends VerticalLayout {

  public RfqsView(RfqService rfqs, CurrentUser currentUser) {
    Actor actor = currentUser.actor();
    setSizeFull();
    Select<RfqStatus> status = new Select<>();
    status.setLabel("Status");
    status.setItems(RfqStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption("Any");
    status.setItemLabelGenerator(s -> s == null ? "Any" : RfqLabels.status(actor, s));

    TextField search = new TextField("Search");
    search.setPlaceholder("Title, number, seller or buyer");
    search.setMaxLength(100);
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);

    Grid<Rfq> grid = new Grid<>();
    grid.addColumn(
            LitRenderer.<Rfq>of("<a href=\"rfqs/${item.id}\">#${item.id}</a>")
                .withProperty("id", Rfq::id))
        .setHeader("Request")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(Rfq::title).setHeader("Title").setFlexGrow(2);
    grid.addColumn(r -> RfqLabels.status(actor, r.status())).setHeader("Status").setFlexGrow(1);
    grid.addColumn(r -> Formats.time(r.closesAt())).setHeader("Closes").setAutoWidth(true);
    grid.addClassName("rfqs");
    grid.setItems(
        query ->
            rfqs
                .list(
                    actor,
                    status.getValue(),
                    search.getValue(),
                    query.getOffset(),
                    query.getLimit())
                .stream(),
        query ->
            (int)
                Math.min(
                    rfqs.count(actor, status.getValue(), search.getValue()), Integer.MAX_VALUE));
    grid.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate("rfqs/" + click.getItem().id())));
    status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    search.addValueChangeListener(
        e -> {
          try {
            RfqService.checkSearch(search.getValue());
            search.setInvalid(false);
            grid.getDataProvider().refreshAll();
          } catch (io.mandi.rfq.RfqRefusedException bad) {
            search.setErrorMessage(bad.getMessage());
            search.setInvalid(true);
          }
        });

    HorizontalLayout bar = new HorizontalLayout(search, status);
    bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    if (actor.role() == Role.BUYER) {
      Button create = new Button("New request for quotation");
      create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRfqView.class)));
      bar.addComponentAsFirst(create);
    }
    add(new H2(actor.role() == Role.SELLER ? "Requests for your quote" : "Requests for quotation"));
    add(bar, grid);
    expand(grid);
  }
}
