package io.mandi.admin.ui;

import com.vaadin.flow.component.Component;
import io.mandi.ruleset.RuleScenario;

/** The fields of a scenario for one rule set: its name, the given facts and the expected result. */
interface ScenarioEditor {

  Component form();

  String name();

  /** The facts as stored (JSON). */
  String given();

  String expected();

  void show(RuleScenario scenario);

  /** The facts of a stored scenario in one line, for the list. */
  String summary(String given);
}
