package io.mandi.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.ruleset.RuleAuditEntry;
import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleProblem;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.RuleSetSummary;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowChange;
import io.mandi.ruleset.ShadowRun;
import io.mandi.ruleset.VersionDiff;
import io.mandi.ruleset.VersionStatus;
import io.mandi.ui.AppRoles;
import io.mandi.ui.CurrentUser;
import io.mandi.ui.Formats;
import io.mandi.ui.MainLayout;
import io.mandi.ui.SingleFileUpload;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * One rule set: its versions, the draft being edited (the pricing form, or the rule text),
 * validation with line numbers, the stored scenarios, a shadow run on recent real requests,
 * publication (or a second admin's approval), rollback, a diff against the published version and
 * the audit trail.
 */
@Route(value = "admin/rules", layout = MainLayout.class)
@RolesAllowed(AppRoles.ADMIN)
public class RuleSetView extends VerticalLayout
    implements HasUrlParameter<String>, HasDynamicTitle {
  private final RuleSets ruleSets;
  private final Actor admin;
  private RuleSetName set;
  private RuleSetVersion selected;
  private String title = "Rule set | Mandi";

  private final Grid<RuleSetVersion> versions = new Grid<>();
  private final VerticalLayout versionPanel = new VerticalLayout();
  private final VerticalLayout results = new VerticalLayout();
  private final VerticalLayout scenarios = new VerticalLayout();
  private final Grid<RuleAuditEntry> audit = new Grid<>();
  private final Div header = new Div();

  public RuleSetView(RuleSets ruleSets, CurrentUser currentUser) {
    this.ruleSets = ruleSets;
    this.admin = currentUser.actor();
    versions.addColumn(v -> "v" + v.version()).setHeader("Version").setAutoWidth(true);
    versions.addColumn(v -> v.status().label()).setHeader("Status").setAutoWidth(true);
    versions.addColumn(v -> v.format().label()).setHeader("Written as").setAutoWidth(true);
    versions
        .addColumn(v -> v.createdBy() + ", " + Formats.time(v.createdAt()))
        .setHeader("Written")
        .setAutoWidth(true);
    versions
        .addColumn(
            v ->
                v.publishedBy() == null
                    ? ""
                    : v.publishedBy() + ", " + Formats.time(v.publishedAt()))
        .setHeader("Published")
        .setAutoWidth(true);
    versions.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(1);
    versions.setAllRowsVisible(true);
    versions.addClassName("rule-versions");
    versions.addSelectionListener(
        event -> event.getFirstSelectedItem().ifPresent(version -> select(version.version())));

    audit.addColumn(a -> Formats.time(a.at())).setHeader("When").setAutoWidth(true);
    audit.addColumn(RuleAuditEntry::actor).setHeader("Who").setAutoWidth(true);
    audit
        .addColumn(a -> a.version() == null ? "" : "v" + a.version())
        .setHeader("Version")
        .setAutoWidth(true);
    audit.addColumn(RuleAuditEntry::action).setHeader("Did").setAutoWidth(true);
    audit.addColumn(a -> a.detail() == null ? "" : a.detail()).setHeader("Detail").setFlexGrow(1);
    audit.setAllRowsVisible(true);
    audit.addClassName("rule-audit");
    results.addClassName("rule-results");
    results.setPadding(false);
    versionPanel.setPadding(false);
    scenarios.setPadding(false);
  }

  @Override
  public void setParameter(BeforeEvent event, String key) {
    set = RuleSetName.ofKey(key).orElseThrow(NotFoundException::new);
    render(ruleSets.published(set).map(RuleSetVersion::version).orElse(1));
  }

  private void render(int version) {
    removeAll();
    RuleSetSummary summary =
        ruleSets.sets().stream()
            .filter(s -> s.name().equals(set.key()))
            .findFirst()
            .orElseThrow(NotFoundException::new);
    title = summary.title() + " rules | Mandi";
    header.removeAll();
    header.add(new H2(summary.title() + " rules"), new Paragraph(summary.description()));
    Span inUse =
        new Span(
            summary.publishedVersion() == null
                ? "Not published yet: the shipped rules become version 1 when first used"
                : "In use: " + set.key() + " v" + summary.publishedVersion());
    inUse.addClassName("rule-in-use");
    header.add(inUse);
    ruleSets
        .activationProblem(set)
        .ifPresent(
            problem -> {
              Paragraph warning = new Paragraph(problem);
              warning.addClassName("rule-activation-problem");
              warning.getStyle().set("color", "var(--lumo-error-text-color)");
              header.add(warning);
            });
    add(header);
    List<RuleSetVersion> all = ruleSets.versions(set);
    all.stream()
        .filter(v -> v.status() == VersionStatus.AWAITING_APPROVAL)
        .forEach(this::approvalBox);
    versions.setItems(all);
    add(new H3("Versions"), versions, tableImport(), versionPanel, results);
    if (ruleSets.evaluates(set)) {
      add(new H3("Test scenarios"), scenarios);
      renderScenarios(List.of());
    }
    audit.setItems(ruleSets.audit(set, 50));
    add(new H3("Audit trail"), audit);
    select(version);
  }

  /** Upload of a decision table (.xlsx or .csv) as a new draft of this set. */
  private com.vaadin.flow.component.upload.Upload tableImport() {
    com.vaadin.flow.component.upload.Upload upload =
        SingleFileUpload.of(
            "Import a decision table (.xlsx or .csv) as a new draft",
            RuleSets.MAX_TABLE_FILE,
            (fileName, content) -> {
              try {
                render(ruleSets.importTable(admin, set, fileName, content).version());
              } catch (IllegalArgumentException | NotAllowedException refused) {
                error(refused.getMessage());
              }
            },
            ".xlsx",
            ".csv");
    upload.addClassName("table-import");
    return upload;
  }

  private void approvalBox(RuleSetVersion waiting) {
    Div box = new Div();
    box.addClassName("rule-approval");
    box.getStyle()
        .set("border", "1px solid var(--lumo-warning-color, orange)")
        .set("padding", "var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)");
    box.add(
        new Paragraph(
            "v"
                + waiting.version()
                + " waits for a second admin: "
                + waiting.requestedBy()
                + " asked to publish it on "
                + Formats.time(waiting.requestedAt())
                + "; it changes a recent price by up to "
                + waiting.changeSize().stripTrailingZeros().toPlainString()
                + " %."));
    if (admin.username().equals(waiting.requestedBy())) {
      box.add(new Span("Another admin must approve or refuse it."));
    } else {
      TextField reason = new TextField("Reason, if you refuse");
      reason.setMaxLength(500);
      Button approve =
          new Button(
              "Approve and publish v" + waiting.version(),
              click ->
                  act(
                      "v" + waiting.version() + " is published and in use",
                      () -> ruleSets.approve(admin, set, waiting.version()),
                      waiting.version()));
      approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button refuse =
          new Button(
              "Refuse",
              click ->
                  act(
                      "v" + waiting.version() + " went back to draft",
                      () -> ruleSets.reject(admin, set, waiting.version(), reason.getValue()),
                      waiting.version()));
      box.add(row(approve, reason, refuse));
    }
    add(box);
  }

  private void select(int version) {
    Optional<RuleSetVersion> found = ruleSets.version(set, version);
    if (found.isEmpty()) {
      return;
    }
    selected = found.get();
    if (!versions.getSelectedItems().contains(selected)) {
      versions.select(selected);
    }
    versionPanel.removeAll();
    results.removeAll();
    H3 heading = new H3("v" + selected.version() + " · " + selected.status().label());
    heading.addClassName("rule-version-heading");
    versionPanel.add(heading);
    Button newDraft =
        new Button(
            "New draft from v" + selected.version(),
            click -> {
              try {
                RuleSetVersion draft = ruleSets.newDraft(admin, set, selected.version());
                Notification.show(
                    "Draft v" + draft.version() + " started",
                    3000,
                    Notification.Position.BOTTOM_START);
                render(draft.version());
              } catch (RuleSetRefusedException | NotAllowedException refused) {
                error(refused.getMessage());
              }
            });
    Button compare = new Button("Compare with the published version", click -> showDiff());
    FlexLayout actions = row(newDraft, compare);
    if (ruleSets.hasTableTemplate(set)) {
      actions.add(
          new Button(
              "New draft as a decision table",
              click -> {
                try {
                  render(ruleSets.newTableDraft(admin, set).version());
                } catch (RuleSetRefusedException | NotAllowedException refused) {
                  error(refused.getMessage());
                }
              }));
    }
    if (selected.status() == VersionStatus.RETIRED) {
      int version2 = selected.version();
      actions.add(
          new Button(
              "Roll back to v" + version2,
              click ->
                  act(
                      "v" + version2 + " is published again and in use",
                      () -> ruleSets.rollback(admin, set, version2),
                      version2)));
    }
    versionPanel.add(actions);
    if (selected.format() == RuleFormat.CSV) {
      versionPanel.add(workbookDownload(selected.version()));
    }
    if (selected.status() == VersionStatus.DRAFT) {
      versionPanel.add(draftEditor(selected));
    } else if (selected.format() == RuleFormat.CSV) {
      versionPanel.add(new DecisionTableEditor(selected.drl(), true));
    } else {
      TextArea text = ruleText(selected.drl());
      text.setReadOnly(true);
      versionPanel.add(text);
    }
  }

  /** The decision table as saved, as an Excel workbook; edited there, it comes back by import. */
  private Component workbookDownload(int version) {
    Anchor download =
        new Anchor(
            com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(
                event -> {
                  byte[] workbook = ruleSets.tableWorkbook(admin, set, version);
                  return new com.vaadin.flow.server.streams.DownloadResponse(
                      new java.io.ByteArrayInputStream(workbook),
                      set.key() + "-v" + version + ".xlsx",
                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      workbook.length);
                }),
            "Download v" + version + " as Excel (.xlsx, as saved)");
    download.addClassName("table-workbook");
    return download;
  }

  /** The draft's editors (the form when it was written by one, and the text) and its checks. */
  private Component draftEditor(RuleSetVersion draft) {
    TextArea text = ruleText(draft.drl());
    TextField note = new TextField("Note (what changes and why)");
    note.setMaxLength(500);
    note.setWidthFull();
    note.setValue(draft.note() == null ? "" : draft.note());
    TabSheet tabs = new TabSheet();
    tabs.setWidthFull();
    Optional<PricingRuleForm> form =
        set == RuleSetName.PRICING ? PricingFactsJson.form(draft.form()) : Optional.empty();
    PricingFormEditor formEditor = new PricingFormEditor();
    boolean table = draft.format() == RuleFormat.CSV;
    DecisionTableEditor tableEditor = table ? new DecisionTableEditor(draft.drl(), false) : null;
    if (table) {
      tabs.add("Table", tableEditor);
    } else if (form.isPresent()) {
      formEditor.show(form.get());
      tabs.add("Form", formEditor);
    } else if (set == RuleSetName.PRICING) {
      tabs.add(
          "Form",
          new Paragraph(
              "This version's text was edited by hand, so the form cannot show it. Start a draft"
                  + " from a version written by the form to use it."));
    }
    tabs.add(table ? "CSV text" : "Rule text", text);
    int version = draft.version();
    Button save =
        new Button(
            "Save draft",
            click -> {
              boolean byForm = form.isPresent() && tabs.getSelectedIndex() == 0;
              if (table) {
                String csv = tabs.getSelectedIndex() == 0 ? tableEditor.csv() : text.getValue();
                act(
                    "Draft v" + version + " saved",
                    () -> ruleSets.saveDraft(admin, set, version, csv, null, note.getValue()),
                    version);
              } else if (byForm) {
                PricingRuleForm filled = formEditor.read();
                List<String> problems = filled.problems();
                if (!problems.isEmpty()) {
                  error(String.join("; ", problems));
                  return;
                }
                act(
                    "Draft v" + version + " saved",
                    () ->
                        ruleSets.saveDraft(
                            admin,
                            set,
                            version,
                            filled.toDrl(),
                            PricingFactsJson.write(filled),
                            note.getValue()),
                    version);
              } else {
                act(
                    "Draft v" + version + " saved",
                    () ->
                        ruleSets.saveDraft(
                            admin, set, version, text.getValue(), null, note.getValue()),
                    version);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button validate = new Button("Validate", click -> showValidation(version));
    Button runScenarios = new Button("Run scenarios", click -> showScenarioRun(version));
    runScenarios.setVisible(ruleSets.evaluates(set));
    Button shadow = new Button("Shadow run", click -> showShadowRun(version));
    shadow.setVisible(ruleSets.shadowRuns(set));
    Button publish =
        new Button(
            "Publish v" + version,
            click -> {
              try {
                RuleSets.PublishOutcome outcome = ruleSets.publish(admin, set, version);
                Notification note2 =
                    Notification.show(outcome.message(), 6000, Notification.Position.MIDDLE);
                note2.addThemeVariants(
                    outcome.published()
                        ? NotificationVariant.LUMO_SUCCESS
                        : NotificationVariant.LUMO_CONTRAST);
                render(version);
                results.add(resultLine(outcome.message(), outcome.published()));
              } catch (RuleSetRefusedException | NotAllowedException refused) {
                error(refused.getMessage());
                results.removeAll();
                results.add(resultLine(refused.getMessage(), false));
              }
            });
    publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
    Button discard =
        new Button(
            "Discard draft",
            click ->
                act(
                    "Draft v" + version + " discarded",
                    () -> ruleSets.discard(admin, set, version),
                    version));
    discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    VerticalLayout editor =
        new VerticalLayout(tabs, note, row(save, validate, runScenarios, shadow, publish, discard));
    editor.setPadding(false);
    editor.addClassName("rule-draft");
    return editor;
  }

  private void showValidation(int version) {
    results.removeAll();
    List<RuleProblem> problems = ruleSets.validate(admin, set, version);
    if (problems.isEmpty()) {
      results.add(resultLine("v" + version + " compiles", true));
    } else {
      results.add(resultLine("v" + version + " does not compile:", false));
      problems.forEach(p -> results.add(resultLine(p.toString(), false)));
    }
  }

  private void showScenarioRun(int version) {
    results.removeAll();
    try {
      List<ScenarioOutcome> outcomes = ruleSets.runScenarios(admin, set, version);
      long passed = outcomes.stream().filter(ScenarioOutcome::passed).count();
      results.add(
          resultLine(
              passed + " of " + outcomes.size() + " scenarios pass on v" + version,
              passed == outcomes.size()));
      renderScenarios(outcomes);
    } catch (RuleSetRefusedException refused) {
      results.add(resultLine(refused.getMessage(), false));
    }
  }

  private void showShadowRun(int version) {
    results.removeAll();
    boolean prices = set == RuleSetName.PRICING;
    try {
      ShadowRun run = ruleSets.shadowRun(admin, set, version);
      results.add(
          resultLine(
              "Shadow run of v"
                  + version
                  + " on the last "
                  + run.evaluated()
                  + (prices ? " priced order lines: " : " real requests of this rule set: ")
                  + run.changes().size()
                  + " would change"
                  + (run.changes().isEmpty() || !prices
                      ? ""
                      : ", by up to "
                          + run.largestChangePercent().stripTrailingZeros().toPlainString()
                          + " %"),
              true));
      if (!run.changes().isEmpty()) {
        String unit = prices ? "₹" : "";
        Grid<ShadowChange> grid = new Grid<>();
        grid.addColumn(ShadowChange::request).setHeader("Request").setFlexGrow(1);
        grid.addColumn(c -> unit + c.oldValue()).setHeader("Now").setFlexGrow(prices ? 0 : 1);
        grid.addColumn(c -> unit + c.newValue())
            .setHeader("With v" + version)
            .setFlexGrow(prices ? 0 : 1);
        if (prices) {
          grid.addColumn(
                  c -> c.changePercent() == null ? "" : c.changePercent().toPlainString() + " %")
              .setHeader("Change")
              .setAutoWidth(true);
        } else {
          // results such as a ranking are longer than a price: wrap them instead of cutting
          grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        grid.setItems(run.changes());
        grid.setAllRowsVisible(run.changes().size() <= 20);
        grid.addClassName("shadow-changes");
        results.add(grid);
      }
    } catch (RuleSetRefusedException refused) {
      results.add(resultLine(refused.getMessage(), false));
    }
  }

  private void showDiff() {
    results.removeAll();
    Optional<RuleSetVersion> published = ruleSets.published(set);
    if (published.isEmpty()) {
      return;
    }
    List<VersionDiff.Line> diff =
        ruleSets.diff(admin, set, published.get().version(), selected.version());
    long changed = diff.stream().filter(l -> l.kind() != VersionDiff.Kind.SAME).count();
    results.add(
        resultLine(
            "v"
                + published.get().version()
                + " → v"
                + selected.version()
                + ": "
                + changed
                + " lines differ",
            true));
    Pre text = new Pre();
    text.addClassName("rule-diff");
    text.getStyle().set("overflow-x", "auto").set("max-width", "100%");
    diff.stream()
        .filter(l -> l.kind() != VersionDiff.Kind.SAME)
        .forEach(
            line -> {
              Span span = new Span(line + "\n");
              span.getStyle()
                  .set(
                      "color",
                      line.kind() == VersionDiff.Kind.ADDED
                          ? "var(--lumo-success-text-color)"
                          : "var(--lumo-error-text-color)");
              text.add(span);
            });
    results.add(text);
  }

  /** The stored scenarios, with the outcome of the last run beside each when there is one. */
  private void renderScenarios(List<ScenarioOutcome> outcomes) {
    scenarios.removeAll();
    ScenarioEditor form =
        set == RuleSetName.PRICING ? new PricingScenarioForm() : new JsonScenarioForm(set);
    String unit = set == RuleSetName.PRICING ? "₹" : "";
    Grid<RuleScenario> grid = new Grid<>();
    // Facts and results of some sets run long (durations, rankings): wrapped, never cut off
    grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.addColumn(RuleScenario::name).setHeader("Scenario").setFlexGrow(1);
    grid.addColumn(s -> form.summary(s.given())).setHeader("Given").setFlexGrow(2);
    grid.addColumn(s -> unit + s.expected()).setHeader("Expected").setFlexGrow(1);
    grid.addColumn(
            s ->
                outcomes.stream()
                    .filter(o -> o.scenario().id() == s.id())
                    .findFirst()
                    .map(o -> (o.passed() ? "Pass" : "Fail") + ": " + unit + o.actual())
                    .orElse(""))
        .setHeader("Last run")
        .setFlexGrow(1);
    grid.setItems(ruleSets.scenarios(set));
    grid.setAllRowsVisible(true);
    grid.addClassName("rule-scenarios");
    grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(form::show));
    Button save =
        new Button(
            "Save scenario",
            click ->
                act(
                    "Scenario saved",
                    () ->
                        ruleSets.saveScenario(
                            admin, set, form.name(), form.given(), form.expected()),
                    selected.version()));
    Button delete =
        new Button(
            "Delete scenario",
            click ->
                act(
                    "Scenario deleted",
                    () -> ruleSets.deleteScenario(admin, set, form.name()),
                    selected.version()));
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    scenarios.add(
        grid,
        new Paragraph("Pick a scenario to change it, or fill in a new one:"),
        form.form(),
        row(save, delete));
  }

  private void act(String done, Runnable action, int thenShow) {
    try {
      action.run();
      Notification.show(done, 3000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      render(thenShow);
    } catch (NotAllowedException | IllegalArgumentException refused) {
      error(refused.getMessage());
    }
  }

  private static void error(String message) {
    Notification.show(message, 8000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  private static Paragraph resultLine(String text, boolean good) {
    Paragraph line = new Paragraph(text);
    line.addClassName(good ? "result-ok" : "result-bad");
    line.getStyle()
        .set("margin", "0")
        .set("color", good ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    return line;
  }

  private static TextArea ruleText(String drl) {
    TextArea text = new TextArea("Rule text (DRL)");
    text.setValue(drl);
    text.setWidthFull();
    text.setMaxLength(200_000);
    text.setMinHeight("16em");
    text.setMaxHeight("32em");
    text.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
    text.addClassName("rule-text");
    return text;
  }

  private static FlexLayout row(Component... parts) {
    FlexLayout row = new FlexLayout(parts);
    row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    row.setAlignItems(FlexLayout.Alignment.BASELINE);
    row.getStyle().set("gap", "var(--lumo-space-s)");
    return row;
  }

  @Override
  public String getPageTitle() {
    return title;
  }
}
