package io.mandi.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;

/**
 * A scenario of a rule set whose facts are written as JSON in the shape of its facts (pick a stored
 * scenario to start from its facts); the expected result is a word such as APPROVED.
 */
class JsonScenarioForm implements ScenarioEditor {
  private final TextField name = new TextField("Scenario");
  private final TextArea given = new TextArea("Given facts (JSON)");
  private final TextField expected = new TextField("Expected result");
  private final FormLayout form = new FormLayout(name, expected, given);

  JsonScenarioForm(RuleSetName set) {
    expected.setHelperText(expectedHint(set));
    name.setMaxLength(200);
    expected.setMaxLength(200);
    given.setMaxLength(20_000);
    given.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-s)");
    form.setColspan(given, 2);
    form.addClassName("scenario-form");
  }

  /** What the set's results look like, so that an admin can write one. */
  private static String expectedHint(RuleSetName set) {
    return switch (set) {
      case CREDIT -> "APPROVED or NEEDS_APPROVAL";
      case RECOVERY_REMEDY -> "A remedy, e.g. RETRY, ESCALATE, CANCEL_AND_REFUND";
      case ORDER_VALIDATION -> "OK, or line:problem pairs, e.g. 1:BELOW_MOQ, 2:OVER_STOCK";
      case VENDOR_RANKING, RFQ_SHORTLIST -> "Seller ids in order, e.g. 3, 1; or none";
      case QUOTE_SCORING -> "Quote ids from best to worst, e.g. 12, 11";
      case DURATIONS ->
          "Only the durations to check, e.g. inspectionPeriod=P3D, sellerAcceptance=PT24H";
      case PRICING -> "";
    };
  }

  @Override
  public Component form() {
    return form;
  }

  @Override
  public String name() {
    return name.getValue();
  }

  @Override
  public String given() {
    return given.getValue();
  }

  @Override
  public String expected() {
    return expected.getValue().strip();
  }

  @Override
  public void show(RuleScenario scenario) {
    name.setValue(scenario.name());
    given.setValue(scenario.given());
    expected.setValue(scenario.expected());
  }

  @Override
  public String summary(String facts) {
    return facts.length() <= 160 ? facts : facts.substring(0, 160) + "…";
  }
}
