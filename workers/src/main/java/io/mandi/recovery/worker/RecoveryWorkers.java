package io.mandi.recovery.worker;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.mandi.recovery.RecoveryCases;
import io.mandi.recovery.RecoverySweep;
import io.mandi.recovery.RemedyApplier;
import io.mandi.recovery.RemedyChooser;
import io.mandi.recovery.RemedyDecision;
import io.mandi.recovery.process.OrderRecoveryProcess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The steps of order-recovery: sweep, choose each case's remedy by the rules, apply it. */
@Component
public class RecoveryWorkers {
  private final RecoverySweep sweep;
  private final RemedyChooser chooser;
  private final RemedyApplier applier;
  private final RecoveryCases cases;

  RecoveryWorkers(
      RecoverySweep sweep, RemedyChooser chooser, RemedyApplier applier, RecoveryCases cases) {
    this.sweep = sweep;
    this.chooser = chooser;
    this.applier = applier;
    this.cases = cases;
  }

  /** Opens a case per new finding, then takes the cases whose remedy is due. */
  @JobWorker(type = OrderRecoveryProcess.JOB_FIND_CASES, fetchVariables = "none")
  public Map<String, Object> findCases() {
    sweep.detect();
    List<Long> due = sweep.takeDueCases();
    return Map.of(OrderRecoveryProcess.VARIABLE_CASE_IDS, due);
  }

  @JobWorker(
      type = OrderRecoveryProcess.JOB_CHOOSE_REMEDY,
      fetchVariables = OrderRecoveryProcess.VARIABLE_CASE_ID)
  public Map<String, Object> chooseRemedy(
      @Variable(name = OrderRecoveryProcess.VARIABLE_CASE_ID) long caseId) {
    RemedyDecision decision = chooser.choose(caseId);
    return Map.of("remedy", decision.remedy().name());
  }

  /** Returns whether operations must act, and the order, so their task links to it. */
  @JobWorker(
      type = OrderRecoveryProcess.JOB_APPLY_REMEDY,
      fetchVariables = OrderRecoveryProcess.VARIABLE_CASE_ID)
  public Map<String, Object> applyRemedy(
      @Variable(name = OrderRecoveryProcess.VARIABLE_CASE_ID) long caseId) {
    boolean needsPerson = applier.apply(caseId);
    Map<String, Object> variables = new HashMap<>();
    variables.put(OrderRecoveryProcess.VARIABLE_NEEDS_PERSON, needsPerson);
    variables.put("orderId", cases.orderOf(caseId));
    return variables;
  }
}
