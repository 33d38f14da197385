package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.account.Actor;
import io.mandi.catalog.OfferListing;
import io.mandi.credit.CreditFacts;
import io.mandi.order.LinePricing;
import io.mandi.order.Order;
import io.mandi.order.OrderLine;
import io.mandi.pricing.PricedLine;
import io.mandi.pricing.PricingFacts;
import io.mandi.pricing.PricingFactsJson;
import io.mandi.pricing.PricingPolicy;
import io.mandi.pricing.PricingRuleForm;
import io.mandi.ruleset.CsvTable;
import io.mandi.ruleset.RuleFormat;
import io.mandi.ruleset.RuleProblem;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSetRefusedException;
import io.mandi.ruleset.RuleSetVersion;
import io.mandi.ruleset.RuleSets;
import io.mandi.ruleset.ScenarioOutcome;
import io.mandi.ruleset.ShadowRun;
import io.mandi.ruleset.VersionDiff;
import io.mandi.ruleset.VersionStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rule sets in PostgreSQL run by Drools in the running application: the shipped pricing is version
 * 1, a bad draft never reaches production, a draft whose scenarios fail cannot be published, a
 * published change prices the next order (with its explanation kept on the line), a big price
 * change waits for a second admin, rollback restores an earlier version, and publishing while lines
 * are being priced gives every request exactly one version.
 */
class RuleSetPublishingTest extends MandiAppTest {
  @Autowired RuleSets ruleSets;
  @Autowired PricingPolicy pricing;
  @Autowired LinePricing linePricing;
  @Autowired io.mandi.credit.CreditPolicy credit;

  Actor admin1;
  Actor admin2;

  PricingRulesState before;

  @BeforeEach
  void rememberThePricingRules() {
    before = new PricingRulesState(ruleSets);
  }

  @AfterEach
  void putThePricingRulesBack() {
    before.restore(user("admin1"), user("admin2"));
  }

  @Test
  void aBrokenDraftOrOneWhoseScenariosFailCannotBePublished() {
    admin1 = user("admin1");
    RuleSetVersion v1 = ruleSets.published(RuleSetName.PRICING).orElseThrow();
    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.PRICING, v1.version());
    String distributor =
        "percentOff(\"3\", drools.getRule().getName(), \"the buyer is a distributor";
    String broken = v1.drl().replace(distributor, distributor.replace("percentOff", "percentOf"));
    ruleSets.saveDraft(admin1, RuleSetName.PRICING, draft.version(), broken, null, "typo");

    List<RuleProblem> problems = ruleSets.validate(admin1, RuleSetName.PRICING, draft.version());
    assertThat(problems).isNotEmpty();
    assertThat(problems.getFirst().line()).as("the error names its line").isGreaterThan(0);
    assertThatThrownBy(() -> ruleSets.publish(admin1, RuleSetName.PRICING, draft.version()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("does not compile");

    // compiles, but the distributor discount moved from 3 % to 4 %: its scenario fails
    String other = v1.drl().replace(distributor, distributor.replace("\"3\"", "\"4\""));
    ruleSets.saveDraft(admin1, RuleSetName.PRICING, draft.version(), other, null, "4 %");
    assertThat(ruleSets.validate(admin1, RuleSetName.PRICING, draft.version())).isEmpty();
    List<ScenarioOutcome> outcomes =
        ruleSets.runScenarios(admin1, RuleSetName.PRICING, draft.version());
    assertThat(outcomes)
        .filteredOn(o -> !o.passed())
        .extracting(o -> o.scenario().name())
        .containsExactly("Distributors pay 3% less");
    assertThatThrownBy(() -> ruleSets.publish(admin1, RuleSetName.PRICING, draft.version()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("1 scenario fails")
        .hasMessageContaining("expected 97.00, got 96.00");

    assertThat(ruleSets.published(RuleSetName.PRICING).orElseThrow().version())
        .isEqualTo(v1.version());
    assertThatThrownBy(
            () ->
                ruleSets.saveDraft(
                    admin1, RuleSetName.PRICING, draft.version(), "rule \0", null, null))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("NUL");
    assertThatThrownBy(() -> ruleSets.newDraft(user("buyer1"), RuleSetName.PRICING, 1))
        .isInstanceOf(io.mandi.account.NotAllowedException.class);
  }

  /**
   * A decision table (CSV) is a draft like any other: validated, tested, published, rolled back.
   */
  @Test
  void aDecisionTableDraftIsCheckedPublishedAndRolledBackLikeRuleText() {
    admin1 = user("admin1");
    RuleSetVersion before = ruleSets.published(RuleSetName.CREDIT).orElseThrow();
    CreditFacts over =
        new CreditFacts(
            io.mandi.account.BuyerKind.DISTRIBUTOR,
            new BigDecimal("100.00"),
            new BigDecimal("50.00"),
            new BigDecimal("60.00"));
    RuleSetVersion table = ruleSets.newTableDraft(admin1, RuleSetName.CREDIT);
    try {
      assertThat(table.format()).isEqualTo(RuleFormat.CSV);
      assertThat(ruleSets.validate(admin1, RuleSetName.CREDIT, table.version())).isEmpty();
      assertThat(ruleSets.runScenarios(admin1, RuleSetName.CREDIT, table.version()))
          .isNotEmpty()
          .allMatch(ScenarioOutcome::passed);

      String broken = table.drl().replace("withinLimit == $param", "withinLimit === $param");
      ruleSets.saveDraft(admin1, RuleSetName.CREDIT, table.version(), broken, null, null);
      assertThat(ruleSets.validate(admin1, RuleSetName.CREDIT, table.version())).isNotEmpty();
      assertThatThrownBy(() -> ruleSets.publish(admin1, RuleSetName.CREDIT, table.version()))
          .isInstanceOf(RuleSetRefusedException.class)
          .hasMessageContaining("does not compile");

      ruleSets.saveDraft(admin1, RuleSetName.CREDIT, table.version(), table.drl(), null, "table");
      assertThat(ruleSets.publish(admin1, RuleSetName.CREDIT, table.version()).published())
          .isTrue();
      assertThat(credit.decide(over).rule()).isEqualTo("Distributor over the credit limit");
    } finally {
      if (ruleSets.published(RuleSetName.CREDIT).orElseThrow().version() != before.version()) {
        ruleSets.rollback(admin1, RuleSetName.CREDIT, before.version());
      }
    }
    assertThat(credit.decide(over).rule()).isEqualTo("Over the credit limit");
  }

  /**
   * A decision table goes out as an Excel workbook (.xlsx) and comes back, edited or not, as a
   * draft read cell by cell.
   */
  @Test
  void anExcelDecisionTableIsImportedAsADraftThatPassesTheSetsScenarios() throws Exception {
    admin1 = user("admin1");
    RuleSetVersion table = ruleSets.newTableDraft(admin1, RuleSetName.CREDIT);
    byte[] workbook = ruleSets.tableWorkbook(admin1, RuleSetName.CREDIT, table.version());
    try (var excel =
        org.apache.poi.ss.usermodel.WorkbookFactory.create(
            new java.io.ByteArrayInputStream(workbook))) {
      assertThat(excel.getSheetAt(0).getSheetName()).isEqualTo("credit");
    }
    int published = ruleSets.published(RuleSetName.CREDIT).orElseThrow().version();
    assertThatThrownBy(() -> ruleSets.tableWorkbook(admin1, RuleSetName.CREDIT, published))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("not a decision table");

    RuleSetVersion imported =
        ruleSets.importTable(admin1, RuleSetName.CREDIT, "credit-limits.xlsx", workbook);

    assertThat(imported.format()).isEqualTo(RuleFormat.CSV);
    assertThat(CsvTable.parse(imported.drl()))
        .as("the same table after the round trip")
        .isEqualTo(CsvTable.parse(table.drl()));
    assertThat(io.mandi.ruleset.CsvTable.parse(imported.drl()).get(11))
        .containsExactly(
            "Retailer within the credit limit",
            "RETAILER",
            "true",
            "true, Within the credit limit");
    assertThat(ruleSets.validate(admin1, RuleSetName.CREDIT, imported.version())).isEmpty();
    assertThat(ruleSets.runScenarios(admin1, RuleSetName.CREDIT, imported.version()))
        .allMatch(ScenarioOutcome::passed);
    assertThatThrownBy(
            () ->
                ruleSets.importTable(
                    admin1, RuleSetName.CREDIT, "credit.xlsx", "not a workbook".getBytes()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(
            () -> ruleSets.importTable(admin1, RuleSetName.CREDIT, "credit.pdf", workbook))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining(".xlsx or .csv");
    assertThat(ruleSets.published(RuleSetName.CREDIT).orElseThrow().format())
        .as("importing only drafts")
        .isEqualTo(RuleFormat.DRL);
  }

  /** Every other rule set has scenarios too, in the shape of its facts. */
  @Test
  void theOtherRuleSetsScenariosPassOnTheShippedRulesAndGuardTheirPublication() {
    admin1 = user("admin1");
    for (RuleSetName set :
        List.of(
            RuleSetName.CREDIT,
            RuleSetName.RECOVERY_REMEDY,
            RuleSetName.ORDER_VALIDATION,
            RuleSetName.VENDOR_RANKING,
            RuleSetName.RFQ_SHORTLIST,
            RuleSetName.QUOTE_SCORING,
            RuleSetName.DURATIONS)) {
      int published = ruleSets.published(set).orElseThrow().version(); // seeded at start
      List<ScenarioOutcome> outcomes = ruleSets.runScenarios(admin1, set, published);
      assertThat(outcomes)
          .as(set.key() + ": " + outcomes)
          .isNotEmpty()
          .allMatch(ScenarioOutcome::passed);
      assertThat(ruleSets.shadowRuns(set)).as("shadow runs on its kept requests").isTrue();
    }

    // a credit draft that holds orders exactly at the limit fails its scenario: not published
    RuleSetVersion credit = ruleSets.published(RuleSetName.CREDIT).orElseThrow();
    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.CREDIT, credit.version());
    String stricter =
        credit
            .drl()
            .replace("exposureWithOrder <= creditLimit", "exposureWithOrder < creditLimit")
            .replace("exposureWithOrder > creditLimit", "exposureWithOrder >= creditLimit");
    assertThat(stricter).isNotEqualTo(credit.drl());
    ruleSets.saveDraft(admin1, RuleSetName.CREDIT, draft.version(), stricter, null, "stricter");
    assertThatThrownBy(() -> ruleSets.publish(admin1, RuleSetName.CREDIT, draft.version()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining(
            "Exactly at the limit is still approved (expected APPROVED, got NEEDS_APPROVAL)");
    assertThatThrownBy(
            () ->
                ruleSets.saveScenario(
                    admin1, RuleSetName.CREDIT, "Wrong shape", "{\"buyer\":1}", "APPROVED"))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("do not fit");
    assertThatThrownBy(
            () ->
                ruleSets.saveScenario(
                    admin1,
                    RuleSetName.CREDIT,
                    "Wrong result",
                    "{\"buyerKind\":\"RETAILER\",\"creditLimit\":1,\"openExposure\":0,\"orderAmount\":1}",
                    "MAYBE"))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("APPROVED");
    ruleSets.discard(admin1, RuleSetName.CREDIT, draft.version());
    assertThat(ruleSets.published(RuleSetName.CREDIT).orElseThrow().version())
        .isEqualTo(credit.version());
  }

  @Test
  void aPublishedMarkdownPricesTheNextOrderWhichKeepsItsVersionAndExplanation() {
    admin1 = user("admin1");
    OfferListing durrie = seller1Offer("Handwoven Durrie");
    Order before = place("buyer1", UUID.randomUUID(), durrie, 3);
    OrderLine old = orders.lines(before.id()).getFirst();
    assertThat(old.priceRuleVersion()).isEqualTo("pricing v1");
    assertThat(old.unitPrice()).isEqualByComparingTo("882.00"); // 980 less 10 %
    assertThat(old.priceSteps())
        .singleElement()
        .asString()
        .startsWith("Markdown: stock older than 90 days: in stock for 12");
    assertThat(PricingFactsJson.facts(old.priceInputs()).orElseThrow().stockAgeDays())
        .isBetween(119, 121);
    // the price preview gives the same price and steps, storing nothing
    LinePricing.Priced preview =
        linePricing.preview(admin1, durrie.offerId(), user("buyer1").buyerId(), 3);
    assertThat(preview.unitPrice()).isEqualByComparingTo("882.00");
    assertThat(preview.rules().rules()).isEqualTo(old.priceSteps());
    assertThatThrownBy(
            () ->
                linePricing.preview(user("buyer1"), durrie.offerId(), user("buyer1").buyerId(), 3))
        .isInstanceOf(io.mandi.account.NotAllowedException.class);
    assertThatThrownBy(
            () -> linePricing.preview(admin1, durrie.offerId(), user("buyer1").buyerId(), 0))
        .isInstanceOf(IllegalArgumentException.class);

    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.PRICING, 1);
    PricingRuleForm form = PricingRuleForm.defaults().withOver90DaysPercent(new BigDecimal("15"));
    ruleSets.saveDraft(
        admin1,
        RuleSetName.PRICING,
        draft.version(),
        form.toDrl(),
        PricingFactsJson.write(form),
        null);
    ruleSets.saveScenario(
        admin1,
        RuleSetName.PRICING,
        "Stock in for 120 days is marked down 10%",
        scenarioGiven(120),
        "85.00");
    ShadowRun shadow = ruleSets.shadowRun(admin1, RuleSetName.PRICING, draft.version());
    assertThat(shadow.changes())
        .anySatisfy(
            change -> {
              assertThat(change.request()).contains("Order #" + before.id(), "Handwoven Durrie");
              assertThat(change.oldValue()).isEqualTo("882.00");
              assertThat(change.newValue()).isEqualTo("833.00");
              assertThat(change.changePercent()).isEqualByComparingTo("-5.56");
            });

    assertThat(ruleSets.publish(admin1, RuleSetName.PRICING, draft.version()).published()).isTrue();

    Order after = place("buyer1", UUID.randomUUID(), durrie, 3);
    OrderLine priced = orders.lines(after.id()).getFirst();
    assertThat(priced.priceRuleVersion()).isEqualTo("pricing v" + draft.version());
    assertThat(priced.unitPrice()).isEqualByComparingTo("833.00");
    assertThat(priced.priceSteps())
        .singleElement()
        .asString()
        .contains("15% off (₹980.00 → ₹833.00)");
    assertThat(orders.lines(before.id()).getFirst().unitPrice())
        .as("the earlier order keeps the price and version it was placed with")
        .isEqualByComparingTo("882.00");

    List<VersionDiff.Line> diff = ruleSets.diff(admin1, RuleSetName.PRICING, 1, draft.version());
    assertThat(diff)
        .filteredOn(l -> l.kind() != VersionDiff.Kind.SAME)
        .extracting(Object::toString)
        .containsExactly(
            "-     $line.percentOff(\"10\", drools.getRule().getName(), \"in stock for \" + $line.getStockAgeDays() + \" days\");",
            "+     $line.percentOff(\"15\", drools.getRule().getName(), \"in stock for \" + $line.getStockAgeDays() + \" days\");");

    ruleSets.rollback(admin1, RuleSetName.PRICING, 1);
    assertThat(place("buyer1", UUID.randomUUID(), durrie, 3))
        .extracting(o -> orders.lines(o.id()).getFirst().unitPrice())
        .isEqualTo(new BigDecimal("882.00"));
    assertThat(ruleSets.audit(RuleSetName.PRICING, 20))
        .extracting(a -> a.action() + " v" + a.version())
        .contains("drafted v" + draft.version(), "published v" + draft.version(), "rolled back v1");
  }

  @Test
  void aBigPriceChangeWaitsForASecondAdmin() {
    admin1 = user("admin1");
    admin2 = user("admin2");
    OfferListing plates = seller1Offer("Areca Leaf Plates");
    Order recent = place("buyer1", UUID.randomUUID(), plates, 2);
    assertThat(orders.lines(recent.id()).getFirst().unitPrice()).isEqualByComparingTo("135.00");

    RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.PRICING, 1);
    PricingRuleForm deeper =
        PricingRuleForm.defaults().withOver180DaysPercent(new BigDecimal("40"));
    ruleSets.saveDraft(
        admin1,
        RuleSetName.PRICING,
        draft.version(),
        deeper.toDrl(),
        PricingFactsJson.write(deeper),
        null);
    ruleSets.saveScenario(
        admin1,
        RuleSetName.PRICING,
        "Stock in for 200 days is marked down 25%",
        scenarioGiven(200),
        "63.00");

    RuleSets.PublishOutcome outcome =
        ruleSets.publish(admin1, RuleSetName.PRICING, draft.version());

    assertThat(outcome.published()).isFalse();
    assertThat(outcome.message()).contains("waits for another admin");
    assertThat(ruleSets.version(RuleSetName.PRICING, draft.version()).orElseThrow().status())
        .isEqualTo(VersionStatus.AWAITING_APPROVAL);
    assertThat(ruleSets.published(RuleSetName.PRICING).orElseThrow().version()).isEqualTo(1);
    assertThatThrownBy(() -> ruleSets.approve(admin1, RuleSetName.PRICING, draft.version()))
        .isInstanceOf(RuleSetRefusedException.class)
        .hasMessageContaining("Another admin");

    // the request reaches the admins' inbox as a task (through the engine, after commit)
    io.mandi.task.HumanTask task =
        org.awaitility.Awaitility.await("the approval task reaches the admins' inbox")
            .atMost(java.time.Duration.ofSeconds(30))
            .until(
                () -> inbox.openTaskOfRuleVersion("pricing", draft.version()),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(task.kind()).isEqualTo("RULE_PUBLISH_APPROVAL");
    assertThat(inbox.openTasksFor(admin2))
        .extracting(io.mandi.task.HumanTask::id)
        .contains(task.id());
    assertThatThrownBy(
            () -> inbox.decide(admin1, task.id(), io.mandi.task.TaskInput.of("APPROVE", null)))
        .hasMessageContaining("Another admin");

    inbox.decide(admin2, task.id(), io.mandi.task.TaskInput.of("APPROVE", "Clearance agreed"));

    assertThat(inbox.openTaskOfRuleVersion("pricing", draft.version())).isEmpty();
    assertThat(ruleSets.audit(RuleSetName.PRICING, 5))
        .anySatisfy(
            entry -> {
              assertThat(entry.action()).isEqualTo("approved and published");
              assertThat(entry.actor()).isEqualTo("admin2");
            });

    assertThat(ruleSets.published(RuleSetName.PRICING).orElseThrow().version())
        .isEqualTo(draft.version());
    assertThat(
            orders.lines(place("buyer1", UUID.randomUUID(), plates, 2).id()).getFirst().unitPrice())
        .as("40 %% off 180.00 is 108.00, under cost 108.00 plus 5 %%: the floor holds at 113.40")
        .isEqualByComparingTo("113.40");
  }

  /**
   * Four threads price checkouts while versions are published and rolled back: no request fails,
   * and every request's lines come from exactly one version, priced as that version prices them.
   */
  @Test
  void publishingUnderLoadGivesEveryRequestExactlyOneVersion() throws Exception {
    admin1 = user("admin1");
    List<PricingFacts> checkout = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      checkout.add(
          new PricingFacts(
              io.mandi.account.BuyerKind.DISTRIBUTOR,
              i,
              new BigDecimal("100.00"),
              null,
              null,
              300,
              100,
              null,
              12));
    }
    Map<String, BigDecimal> priceByVersion = new ConcurrentHashMap<>();
    Set<String> problems = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<Integer>> counts = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      counts.add(
          threads.submit(
              () -> {
                int requests = 0;
                while (running.get() || requests == 0) {
                  List<PricedLine> lines = pricing.priceAll(checkout);
                  String version = lines.getFirst().ruleSetVersion();
                  BigDecimal price = lines.getFirst().unitPrice();
                  for (PricedLine line : lines) {
                    if (!line.ruleSetVersion().equals(version)
                        || line.unitPrice().compareTo(price) != 0) {
                      problems.add("mixed request: " + version + " and " + line.ruleSetVersion());
                    }
                  }
                  BigDecimal seen = priceByVersion.putIfAbsent(version, price);
                  if (seen != null && seen.compareTo(price) != 0) {
                    problems.add(version + " priced " + seen + " and " + price);
                  }
                  requests++;
                }
                return requests;
              }));
    }
    List<Integer> published = new ArrayList<>();
    for (String discount : List.of("4", "5")) {
      RuleSetVersion draft = ruleSets.newDraft(admin1, RuleSetName.PRICING, 1);
      PricingRuleForm form =
          PricingRuleForm.defaults().withDistributorPercent(new BigDecimal(discount));
      ruleSets.saveDraft(
          admin1,
          RuleSetName.PRICING,
          draft.version(),
          form.toDrl(),
          PricingFactsJson.write(form),
          null);
      ruleSets.deleteScenario(admin1, RuleSetName.PRICING, "Distributors pay 3% less");
      ruleSets.publish(admin1, RuleSetName.PRICING, draft.version());
      published.add(draft.version());
    }
    ruleSets.rollback(admin1, RuleSetName.PRICING, 1);
    running.set(false);
    int requests = 0;
    for (Future<Integer> count : counts) {
      requests += count.get(60, TimeUnit.SECONDS); // a failed request fails the test here
    }
    threads.shutdown();

    assertThat(problems).isEmpty();
    assertThat(requests).isGreaterThan(4);
    // 3 % off then 10 % off 100.00, 4 % then 10 %, 5 % then 10 %
    assertThat(priceByVersion).containsEntry("pricing v1", new BigDecimal("87.30"));
    priceByVersion.forEach(
        (version, price) ->
            assertThat(price)
                .as(version)
                .isIn(new BigDecimal("87.30"), new BigDecimal("86.40"), new BigDecimal("85.50")));
    assertThat(published).hasSize(2);
  }

  /** The seeded scenario's facts for stock of this age (as in V39). */
  private static String scenarioGiven(Integer ageDays) {
    return ageDays != null && ageDays > 180
        ? PricingFactsJson.write(
            new PricingFacts(
                io.mandi.account.BuyerKind.RETAILER,
                5,
                new BigDecimal("100.00"),
                null,
                new BigDecimal("60.00"),
                300,
                ageDays,
                null,
                12))
        : PricingFactsJson.write(
            new PricingFacts(
                io.mandi.account.BuyerKind.RETAILER,
                5,
                new BigDecimal("100.00"),
                new BigDecimal("80.00"),
                new BigDecimal("70.00"),
                300,
                ageDays,
                null,
                12));
  }
}
