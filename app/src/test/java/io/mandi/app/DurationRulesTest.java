package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.Actor;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.durations.OrderDurations;
import io.mandi.order.Order;
import io.mandi.ruleset.RuleScenario;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import io.mandi.ruleset.ShadowChange;
import io.mandi.ruleset.ShadowRun;
import io.mandi.task.HumanTask;
import io.mandi.vendor.SellerAcceptanceTask;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dispute and SLA durations are a rule set: an order gets its durations from the published version
 * when it is first checked and keeps them; a new version changes the next order's deadlines in the
 * engine, not a running order's. Every rule set keeps its real requests, so a draft of credit or of
 * the durations is shadow-run on the orders they decided.
 */
class DurationRulesTest extends MandiAppTest {
  @Autowired RuleSets ruleSets;
  @Autowired OrderDurationService durations;

  Actor admin1;
  List<RuleScenario> scenariosBefore;
  int publishedBefore;

  @BeforeEach
  void rememberTheDurations() {
    admin1 = user("admin1");
    scenariosBefore = ruleSets.scenarios(RuleSetName.DURATIONS);
    publishedBefore = ruleSets.published(RuleSetName.DURATIONS).orElseThrow().version();
  }

  @AfterEach
  void putTheDurationsBack() {
    if (ruleSets.published(RuleSetName.DURATIONS).orElseThrow().version() != publishedBefore) {
      ruleSets.rollback(admin1, RuleSetName.DURATIONS, publishedBefore);
    }
    scenariosBefore.forEach(
        s ->
            ruleSets.saveScenario(
                admin1, RuleSetName.DURATIONS, s.name(), s.given(), s.expected()));
  }

  @Test
  void aPublishedDurationSetsTheNextOrdersDeadlineWhileARunningOrderKeepsItsOwn() {
    Order before = place("buyer1", UUID.randomUUID(), seller1Offer("Ragi"), 10);
    HumanTask beforeTask = awaitOpenTask(user("seller1"), before.id(), SellerAcceptanceTask.KIND);
    OrderDurations kept = durations.of(before.id());
    assertThat(kept.of(Deadline.SELLER_ACCEPTANCE)).isEqualTo(Duration.ofHours(24));
    assertThat(kept.of(Deadline.DISPATCH))
        .as("seller1 is a self-help group: 3 days to pack")
        .isEqualTo(Duration.ofDays(3));
    assertThat(kept.decidedBy().get(Deadline.DISPATCH))
        .isEqualTo("Self-help groups get 3 days to pack");
    assertThat(Duration.between(beforeTask.createdAt(), beforeTask.dueAt()))
        .isBetween(Duration.ofHours(24).minusMinutes(5), Duration.ofHours(24));

    // an admin gives sellers 36 hours; the scenario of the standard durations says 24: refused
    RuleSetVersion published = ruleSets.published(RuleSetName.DURATIONS).orElseThrow();
    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.DURATIONS, published.version());
    String longer =
        published
            .drl()
            .replace(
                "Deadline.SELLER_ACCEPTANCE, \"PT24H\"", "Deadline.SELLER_ACCEPTANCE, \"PT36H\"");
    assertThat(longer).isNotEqualTo(published.drl());
    ruleSets.saveDraft(admin1, RuleSetName.DURATIONS, draft.version(), longer, null, "36 h");
    assertThatThrownBy(() -> ruleSets.publish(admin1, RuleSetName.DURATIONS, draft.version()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("runs by the standard durations");

    // the shadow run shows the real order it would change, with only the changed duration
    ShadowRun shadow = ruleSets.shadowRun(admin1, RuleSetName.DURATIONS, draft.version());
    ShadowChange change =
        shadow.changes().stream()
            .filter(c -> c.request().startsWith("Order #" + before.id() + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("order not in the shadow run: " + shadow));
    assertThat(change.oldValue()).isEqualTo("sellerAcceptance=P1D");
    assertThat(change.newValue()).isEqualTo("sellerAcceptance=PT36H");

    RuleScenario standard =
        ruleSets.scenarios(RuleSetName.DURATIONS).stream()
            .filter(s -> s.name().contains("standard durations"))
            .findFirst()
            .orElseThrow();
    ruleSets.saveScenario(
        admin1,
        RuleSetName.DURATIONS,
        standard.name(),
        standard.given(),
        standard.expected().replace("sellerAcceptance=PT24H", "sellerAcceptance=PT36H"));
    assertThat(ruleSets.publish(admin1, RuleSetName.DURATIONS, draft.version()).published())
        .isTrue();

    Order after = place("buyer1", UUID.randomUUID(), seller1Offer("Ragi"), 10);
    HumanTask afterTask = awaitOpenTask(user("seller1"), after.id(), SellerAcceptanceTask.KIND);
    assertThat(durations.of(after.id()).of(Deadline.SELLER_ACCEPTANCE))
        .isEqualTo(Duration.ofHours(36));
    assertThat(durations.of(after.id()).rulesVersion()).isEqualTo("durations v" + draft.version());
    assertThat(Duration.between(afterTask.createdAt(), afterTask.dueAt()))
        .as("the engine's deadline for the seller")
        .isBetween(Duration.ofHours(36).minusMinutes(5), Duration.ofHours(36));
    assertThat(durations.of(before.id()))
        .as("the running order keeps what it was given")
        .isEqualTo(kept);
  }

  @Test
  void aCreditDraftIsShadowRunOnTheOrdersCreditWasCheckedFor() {
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer("Ragi"), 10);
    awaitOpenTask(user("seller1"), order.id(), SellerAcceptanceTask.KIND); // credit passed

    RuleSetVersion credit = ruleSets.published(RuleSetName.CREDIT).orElseThrow();
    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.CREDIT, credit.version());
    String everyOrderWaits =
        credit
            .drl()
            .replace("exposureWithOrder <= creditLimit", "exposureWithOrder < 0")
            .replace("exposureWithOrder > creditLimit", "exposureWithOrder >= 0");
    assertThat(everyOrderWaits).isNotEqualTo(credit.drl());
    ruleSets.saveDraft(admin1, RuleSetName.CREDIT, draft.version(), everyOrderWaits, null, "all");
    try {
      ShadowRun shadow = ruleSets.shadowRun(admin1, RuleSetName.CREDIT, draft.version());

      assertThat(shadow.evaluated()).isPositive();
      assertThat(shadow.changes())
          .filteredOn(c -> c.request().startsWith("Order #" + order.id() + " "))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.oldValue()).isEqualTo("APPROVED");
                assertThat(c.newValue()).isEqualTo("NEEDS_APPROVAL");
              });
    } finally {
      ruleSets.discard(admin1, RuleSetName.CREDIT, draft.version());
    }
  }
}
