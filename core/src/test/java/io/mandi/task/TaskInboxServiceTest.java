package io.mandi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.RecordingTaskEngine;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.outbox.OutboxMonitor;
import io.mandi.outbox.OutboxRelay;
import io.mandi.testing.CoreTest;
import io.mandi.vendor.SellerAcceptanceTask;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class TaskInboxServiceTest {
  @Autowired TaskInboxService inbox;
  @Autowired TaskMapper tasks;
  @Autowired RecordingTaskEngine engine;
  @Autowired OutboxRelay relay;
  @Autowired OutboxMonitor outboxMonitor;
  @Autowired EngineRun run;

  final Actor seller = new Actor("seller-a", Role.SELLER, null, 900_001L);
  final Actor otherSeller = new Actor("seller-b", Role.SELLER, null, 900_002L);
  final Actor ops = new Actor("ops-a", Role.OPS, null, null);

  @AfterEach
  void resetEngine() {
    engine.failure = null;
  }

  private HumanTask openSellerTask() {
    return openSellerTask(run);
  }

  private HumanTask openSellerTask(EngineRun openedBy) {
    long elementInstanceKey = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    inbox.open(
        new NewTask(
            openedBy,
            elementInstanceKey,
            elementInstanceKey + 1,
            42L,
            "order-lifecycle",
            SellerAcceptanceTask.KIND,
            Actor.sellerGroup(seller.sellerId()),
            null,
            Instant.parse("2026-11-22T10:00:00Z"),
            null,
            Instant.parse("2026-11-21T10:00:00Z")));
    return inbox.openTasksFor(seller).stream()
        .filter(t -> t.elementInstanceKey() == elementInstanceKey)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSellerSeesOnlyItsTasksAndOpsSeeAll() {
    HumanTask task = openSellerTask();

    assertThat(inbox.openTasksFor(otherSeller)).extracting(HumanTask::id).doesNotContain(task.id());
    assertThat(inbox.openTasksFor(ops)).extracting(HumanTask::id).contains(task.id());
    assertThatThrownBy(() -> inbox.task(otherSeller, task.id()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> inbox.decide(otherSeller, task.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(NotAllowedException.class);
    assertThat(tasks.findTask(task.id()).status()).isEqualTo(TaskStatus.OPEN);
  }

  @Test
  void inboxPagesHoldEveryOpenTaskOnceInDueOrderAndCountThem() {
    for (int i = 0; i < 3; i++) {
      openSellerTask();
    }
    List<Long> all = inbox.openTasksFor(seller).stream().map(HumanTask::id).toList();
    List<Long> paged = new java.util.ArrayList<>();
    for (int offset = 0; offset < all.size(); offset += 2) {
      inbox.openTasks(seller, offset, 2).forEach(task -> paged.add(task.id()));
    }

    assertThat(paged).isEqualTo(all);
    assertThat(inbox.countOpenTasks(seller)).isEqualTo(all.size());
    assertThat(inbox.openTasks(otherSeller, 0, 50))
        .extracting(HumanTask::id)
        .doesNotContainAnyElementsOf(all);
    assertThat(inbox.countOpenTasks(ops)).isGreaterThanOrEqualTo(all.size());
    assertThatThrownBy(() -> inbox.openTasks(seller, 0, 501))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void opsCanSeeButNotDecideForASeller() {
    HumanTask task = openSellerTask();
    assertThat(inbox.mayComplete(ops, task)).isFalse();
    assertThatThrownBy(() -> inbox.decide(ops, task.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(NotAllowedException.class);
  }

  @Test
  void aKindNoCapabilityDeclaresIsRefusedAndNothingIsStored() {
    NewTask unknown =
        new NewTask(
            run, 7L, 8L, 9L, "order-lifecycle", "NO_SUCH_KIND", "ops", null, null, null, null);

    assertThatThrownBy(() -> inbox.open(unknown))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("No capability declares the task kind NO_SUCH_KIND");
    assertThat(tasks.findByElementInstance(run, 7L)).isNull();
  }

  @Test
  void aRefusalNeedsAReasonAndChangesNothingWithoutOne() {
    HumanTask task = openSellerTask();
    int before = engine.completions.size();

    assertThatThrownBy(() -> inbox.decide(seller, task.id(), TaskInput.of("REFUSE", "  ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A reason is required to refuse order");
    assertThatThrownBy(() -> inbox.decide(seller, task.id(), TaskInput.of("RESOLVE", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a possible outcome");
    assertThatThrownBy(
            () -> inbox.decide(seller, task.id(), TaskInput.of("REFUSE", "No\u0000stock")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be stored");
    assertThat(tasks.findTask(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    assertThat(engine.completions).hasSize(before);
  }

  @Test
  void completingTellsTheEngineAndClosesTheTaskOnce() {
    HumanTask task = openSellerTask();
    int before = engine.completions.size();

    inbox.decide(seller, task.id(), TaskInput.of("REFUSE", "No stock this week"));

    HumanTask closed = tasks.findTask(task.id());
    assertThat(closed.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(closed.closedBy()).isEqualTo("seller-a");
    assertThat(closed.comment()).isEqualTo("No stock this week");
    assertThat(engine.completions).hasSize(before + 1);
    assertThat(engine.completions.getLast())
        .containsEntry("outcome", "REFUSE")
        .containsEntry("decisionComment", "No stock this week")
        .containsEntry("decidedBy", "seller-a");
    assertThatThrownBy(() -> inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(TaskNotOpenException.class);
    assertThat(engine.completions).hasSize(before + 1);
  }

  @Test
  void aTaskTheEngineNoLongerWaitsForIsCanceled() {
    HumanTask task = openSellerTask();
    engine.failure = new TaskNoLongerActiveException("The SLA has lapsed", null);

    assertThatThrownBy(() -> inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(TaskNoLongerActiveException.class);
    assertThat(tasks.findTask(task.id()).status()).isEqualTo(TaskStatus.CANCELED);
  }

  @Test
  void anEngineOutageKeepsTheDecisionAndTheSweepDeliversItOnce() {
    HumanTask task = openSellerTask();
    int before = engine.completions.size();
    engine.failure = new IllegalStateException("engine unreachable");

    inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null));

    assertThat(tasks.findTask(task.id()).status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(engine.completions).hasSize(before);
    assertThat(outboxMonitor.troubled(50))
        .anySatisfy(e -> assertThat(e.lastError()).isEqualTo("engine unreachable"));

    engine.failure = null;
    relay.sweep();
    relay.sweep();

    assertThat(engine.completions).hasSize(before + 1);
    assertThat(engine.completions.getLast()).containsEntry("decidedBy", "seller-a");
  }

  @Test
  void reopeningTheSameEngineTaskKeepsOneRow() {
    HumanTask task = openSellerTask();
    inbox.open(
        new NewTask(
            run,
            task.elementInstanceKey(),
            777L,
            42L,
            "order-lifecycle",
            SellerAcceptanceTask.KIND,
            task.candidateGroup(),
            null,
            task.dueAt(),
            null,
            Instant.now()));

    assertThat(
            inbox.openTasksFor(seller).stream()
                .filter(t -> t.elementInstanceKey() == task.elementInstanceKey()))
        .singleElement()
        .satisfies(t -> assertThat(t.jobKey()).isEqualTo(777L));
  }

  @Test
  void aRestartedEngineHandingOutAKeyAgainOpensANewTaskAndLeavesTheOldOneAlone() {
    HumanTask before = openSellerTask();
    inbox.decide(seller, before.id(), TaskInput.of("ACCEPT", null));
    EngineRun restarted = new EngineRun("run-after-restart");

    inbox.open(
        new NewTask(
            restarted,
            before.elementInstanceKey(),
            before.jobKey(),
            before.processInstanceKey(),
            "order-lifecycle",
            SellerAcceptanceTask.KIND,
            before.candidateGroup(),
            null,
            before.dueAt(),
            null,
            Instant.now()));

    assertThat(
            inbox.openTasksFor(seller).stream()
                .filter(t -> t.elementInstanceKey() == before.elementInstanceKey()))
        .as("the new run's task is in the inbox")
        .singleElement()
        .satisfies(t -> assertThat(t.id()).isNotEqualTo(before.id()));
    assertThat(inbox.task(seller, before.id()).status())
        .as("the earlier run's task keeps its decision")
        .isEqualTo(TaskStatus.COMPLETED);
  }

  @Test
  void aTaskOfAnEarlierEngineRunIsRefusedPlainlyAndNothingChanges() {
    HumanTask task = openSellerTask(new EngineRun("run-before-restart"));
    int completionsBefore = engine.completions.size();

    assertThatThrownBy(() -> inbox.decide(seller, task.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(ProcessUnavailableException.class)
        .hasMessageContaining("nothing was changed");
    assertThat(tasks.findTask(task.id()).status()).isEqualTo(TaskStatus.OPEN);
    relay.sweep();
    assertThat(engine.completions).hasSize(completionsBefore);
  }
}
