package io.mandi.recovery;

import io.mandi.task.EngineRun;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Starts a lost order process again at the step its recorded state says. Commit, then tell: the
 * order is first claimed (its engine run swapped for a claim token, committed), so two sweeps never
 * both re-create it and a crash in between leaves it visibly lost; then the engine is asked; then
 * the new instance is recorded. Nothing before the step runs again, so no payment, shipment, ledger
 * entry or notification is repeated; open inbox tasks are re-linked when the step opens them.
 */
@Service
public class OrderRecreation {
  private final RecoveryMapper recovery;
  private final ProcessResumer resumer;
  private final EngineRun currentRun;

  OrderRecreation(RecoveryMapper recovery, ProcessResumer resumer, EngineRun currentRun) {
    this.recovery = recovery;
    this.resumer = resumer;
    this.currentRun = currentRun;
  }

  /** Where the order would resume, read from its recorded facts; empty if final or unclear. */
  public Optional<Resumption> resumptionOf(long orderId) {
    OrderFacts facts = recovery.findFacts(orderId);
    if (facts == null) {
      return Optional.empty();
    }
    return WaitingSteps.of(facts).map(step -> new Resumption(facts, step));
  }

  /**
   * Whether the order's process instance is gone: it was started by an earlier run of an embedded
   * engine, a re-creation was cut short, or the cluster no longer runs it.
   */
  public boolean isLost(OrderFacts facts) {
    if (facts.status().isFinal() || facts.engineRun() == null) {
      return false; // final, or its start still waits in the outbox
    }
    if (!currentRun.keepsWhatWasStartedBy(new EngineRun(facts.engineRun()))) {
      return true;
    }
    return facts.processInstanceKey() != null && !resumer.isRunning(facts.processInstanceKey());
  }

  /**
   * Re-creates the order's process if it is still lost.
   *
   * @return the step it now waits in, or empty when there was nothing to do (not lost any more,
   *     final, or another sweep re-created it first)
   * @throws IllegalStateException when its facts name no step a process can resume at
   */
  public Optional<WaitingStep> recreate(long orderId) {
    OrderFacts facts = recovery.findFacts(orderId);
    if (facts == null || !isLost(facts)) {
      return Optional.empty();
    }
    WaitingStep step =
        WaitingSteps.of(facts)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Order "
                            + orderId
                            + " is "
                            + facts.status()
                            + " but its records name no step to resume at"));
    String claim = "recreating-" + UUID.randomUUID().toString().substring(0, 8);
    if (recovery.claimForRecreation(orderId, facts.engineRun(), claim) == 0) {
      return Optional.empty(); // another sweep got there first
    }
    long key;
    try {
      key = resumer.resume(new Resumption(facts, step));
    } catch (RuntimeException e) {
      recovery.releaseClaim(orderId, facts.engineRun(), claim);
      throw e;
    }
    recovery.recordRecreated(orderId, claim, currentRun.id(), key);
    return Optional.of(step);
  }
}
