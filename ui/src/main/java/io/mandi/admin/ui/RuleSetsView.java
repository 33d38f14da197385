package io.mandi.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.mandi.ruleset.RuleSetSummary;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import io.mandi.ui.AppRoles;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** Every rule set with the version in use, drafts, and versions waiting for a second admin. */
@Route(value = "admin/rule-sets", layout = MainLayout.class)
@PageTitle("Business rules | Mandi")
@RolesAllowed(AppRoles.ADMIN)
public class RuleSetsView extends VerticalLayout {

  public RuleSetsView(RuleSets ruleSets) {
    add(
        new H2("Business rules"),
        new Paragraph(
            "Each rule set runs its published version. Change one by starting a draft from a"
                + " version, test it with its scenarios and a shadow run, then publish; you can"
                + " roll back to any earlier version."));
    List<RuleSetVersion> waiting = ruleSets.awaitingApproval();
    if (!waiting.isEmpty()) {
      add(new H3("Waiting for a second admin"));
      waiting.forEach(
          v ->
              add(
                  new Anchor(
                      "admin/rules/" + v.ruleSet(),
                      v.label()
                          + ", asked by "
                          + v.requestedBy()
                          + " on "
                          + Formats.time(v.requestedAt()))));
    }
    Grid<RuleSetSummary> grid = new Grid<>();
    grid.addComponentColumn(s -> new Anchor("admin/rules/" + s.name(), s.title()))
        .setHeader("Rule set")
        .setAutoWidth(true);
    grid.addColumn(s -> s.publishedVersion() == null ? "shipped" : "v" + s.publishedVersion())
        .setHeader("In use")
        .setAutoWidth(true);
    grid.addColumn(RuleSetSummary::drafts).setHeader("Drafts").setAutoWidth(true);
    grid.addColumn(RuleSetSummary::awaitingApproval).setHeader("Waiting").setAutoWidth(true);
    grid.addColumn(RuleSetSummary::description).setHeader("What it decides").setFlexGrow(1);
    grid.setItems(ruleSets.sets());
    grid.setAllRowsVisible(true);
    grid.addClassName("rule-sets");
    add(grid);
  }
}
