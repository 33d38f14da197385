package io.mandi.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.NotAllowedException;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import io.mandi.vendor.SellerAcceptanceTask;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Claiming, assigning, delegating, re-dating and escalating tasks, each audited. */
@CoreTest
class TaskAssignmentsTest {
  @Autowired TaskInboxService inbox;
  @Autowired TaskAssignments assignments;
  @Autowired AccountService accounts;
  @Autowired CatalogOnboarding onboarding;
  @Autowired EngineRun run;

  Actor seller;
  Actor colleague;
  Actor ops;
  Actor otherOps;

  @BeforeEach
  void people() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accounts);
    seller = fixture.seller(SellerKind.SHG);
    String second = CatalogFixture.unique("packer");
    accounts.createUser(second, "password1", "Packer", Role.SELLER, null, seller.sellerId());
    colleague = new Actor(second, Role.SELLER, null, seller.sellerId());
    ops = opsUser();
    otherOps = opsUser();
  }

  private Actor opsUser() {
    String name = CatalogFixture.unique("ops");
    accounts.createUser(name, "password1", "Ops " + name, Role.OPS, null, null);
    return new Actor(name, Role.OPS, null, null);
  }

  private HumanTask task(Instant dueAt) {
    long key = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    inbox.open(
        new NewTask(
            run,
            key,
            key + 1,
            42L,
            "order-lifecycle",
            SellerAcceptanceTask.KIND,
            Actor.sellerGroup(seller.sellerId()),
            null,
            dueAt,
            null,
            Instant.parse("2026-11-21T10:00:00Z")));
    return inbox.openTasksFor(seller).stream()
        .filter(t -> t.elementInstanceKey() == key)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aClaimedTaskIsOnlyTheClaimersAndTheSecondClaimIsToldWhoHasIt() {
    HumanTask task = task(Instant.parse("2030-01-01T00:00:00Z"));
    assignments.claim(seller, task.id());
    assertThatThrownBy(() -> assignments.claim(colleague, task.id()))
        .hasMessageContaining("changed hands")
        .hasMessageContaining(seller.username());
    assertThat(inbox.mayComplete(colleague, inbox.task(colleague, task.id()))).isFalse();
    assertThat(inbox.openTasks(seller, TaskView.MINE, null, TaskSort.DUE, 0, 50))
        .extracting(HumanTask::id)
        .contains(task.id());
    assertThat(inbox.openTasks(colleague, TaskView.UNASSIGNED, null, TaskSort.DUE, 0, 50))
        .extracting(HumanTask::id)
        .doesNotContain(task.id());

    assertThatThrownBy(() -> assignments.unclaim(colleague, task.id()))
        .isInstanceOf(NotAllowedException.class);
    assignments.unclaim(seller, task.id());
    assertThat(inbox.mayComplete(colleague, inbox.task(colleague, task.id()))).isTrue();
    assertThat(assignments.history(ops, task.id()))
        .extracting(TaskEvent::action, TaskEvent::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TaskAction.CLAIMED, seller.username()),
            org.assertj.core.groups.Tuple.tuple(TaskAction.UNCLAIMED, seller.username()));
  }

  @Test
  void operationsAssignWithinTheGroupAndADelegatedTaskComesBack() {
    HumanTask task = task(Instant.parse("2030-01-01T00:00:00Z"));
    assertThatThrownBy(() -> assignments.assign(seller, task.id(), colleague.username()))
        .isInstanceOf(NotAllowedException.class);
    assertThatThrownBy(() -> assignments.assign(ops, task.id(), otherOps.username()))
        .hasMessageContaining("choose someone of its group");
    assertThat(assignments.candidates(ops, task.id()))
        .extracting(u -> u.username())
        .containsExactlyInAnyOrder(seller.username(), colleague.username());

    assignments.assign(ops, task.id(), seller.username());
    assignments.delegate(seller, task.id(), colleague.username());
    HumanTask delegated = inbox.task(ops, task.id());
    assertThat(delegated.assignee()).isEqualTo(colleague.username());
    assertThat(delegated.owner()).isEqualTo(seller.username());
    assertThat(inbox.mayComplete(seller, delegated)).as("while delegated").isFalse();

    assertThatThrownBy(() -> assignments.handBack(seller, task.id(), null))
        .hasMessageContaining("not delegated to you");
    assignments.handBack(colleague, task.id(), "Counted the stock: 40 bags");
    HumanTask back = inbox.task(ops, task.id());
    assertThat(back.assignee()).isEqualTo(seller.username());
    assertThat(back.owner()).isNull();
    assertThat(assignments.history(ops, task.id()))
        .extracting(TaskEvent::action, TaskEvent::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TaskAction.ASSIGNED, "to " + seller.username()),
            org.assertj.core.groups.Tuple.tuple(TaskAction.DELEGATED, "to " + colleague.username()),
            org.assertj.core.groups.Tuple.tuple(
                TaskAction.HANDED_BACK,
                "to " + seller.username() + ": Counted the stock: 40 bags"));
  }

  @Test
  void anOverdueTaskEscalatesOnceAndANewDueDateLiftsIt() {
    Instant due = Instant.parse("2026-11-22T10:00:00Z");
    HumanTask task = task(due);
    HumanTask later = task(Instant.parse("2030-01-01T00:00:00Z"));
    assignments.prioritise(ops, task.id(), 1);
    assertThatThrownBy(() -> assignments.prioritise(ops, task.id(), 7))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(assignments.escalateOverdue(due.minusSeconds(1))).as("not yet due").isZero();
    assignments.escalateOverdue(due.plusSeconds(60));
    assignments.escalateOverdue(due.plusSeconds(120));
    HumanTask escalated = inbox.task(ops, task.id());
    assertThat(escalated.escalatedTo()).isEqualTo(TaskAssignments.SUPERVISORS);
    Actor lead = opsUser();
    accounts.setSupervisor(lead.username(), true);
    assertThat(assignments.supervisors())
        .extracting(io.mandi.account.UserAccount::username)
        .contains(lead.username())
        .doesNotContain(ops.username());
    assertThatThrownBy(() -> accounts.setSupervisor("nobody-" + due, true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(escalated.priority()).isEqualTo(1);
    assertThat(inbox.task(ops, later.id()).escalatedAt()).isNull();
    assertThat(assignments.history(ops, task.id()))
        .extracting(TaskEvent::action)
        .containsOnlyOnce(TaskAction.ESCALATED);
    assertThat(inbox.openTasks(ops, TaskView.ESCALATED, null, TaskSort.PRIORITY, 0, 500))
        .extracting(HumanTask::id)
        .contains(task.id())
        .doesNotContain(later.id());

    assertThatThrownBy(
            () -> assignments.reschedule(ops, task.id(), Instant.parse("2020-01-01T00:00:00Z")))
        .hasMessageContaining("future");
    assignments.reschedule(ops, task.id(), Instant.parse("2031-01-01T00:00:00Z"));
    assertThat(inbox.task(ops, task.id()).escalatedAt()).isNull();
  }
}
