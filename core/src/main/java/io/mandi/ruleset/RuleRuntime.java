package io.mandi.ruleset;

import java.util.List;

/** Port: compiles and runs rule text (implemented by the rules module with Drools). */
public interface RuleRuntime {

  /** Compile errors in the text; empty when it compiles. */
  List<RuleProblem> compile(RuleSetName set, RuleFormat format, String drl);

  /** Whether this set's scenarios and shadow runs can be evaluated here. */
  boolean evaluates(RuleSetName set);

  /** Checks a scenario's facts and expected result; the problem in words, or null if runnable. */
  String checkScenario(RuleSetName set, String given, String expected);

  /** Runs each scenario against the text (which must compile). */
  List<ScenarioOutcome> run(
      RuleSetName set, RuleFormat format, String drl, List<RuleScenario> scenarios);

  /** A decision table file (.xlsx or .csv) as the CSV the editor and compiler take. */
  String tableFromFile(String fileName, byte[] content);

  /** A decision table (CSV) as an Excel workbook of one sheet, for admins to edit in Excel. */
  byte[] tableAsWorkbook(RuleSetName set, String csv);

  /** A decision table to start a set's table draft from, if the set ships one. */
  java.util.Optional<String> tableTemplate(RuleSetName set);

  /** Whether the set keeps its real requests, so a draft can be shadow-run on them. */
  boolean shadowRuns(RuleSetName set);

  /** Evaluates the text and the published version on the last real requests. */
  ShadowRun shadowRun(RuleSetName set, RuleFormat format, String drl, int lastRequests);

  /** Makes the published version the one the engine uses (after it is committed). */
  void activate(RuleSetName set);

  /** Why the published version is not the one in use (it no longer compiles), if so. */
  java.util.Optional<String> activationProblem(RuleSetName set);
}
