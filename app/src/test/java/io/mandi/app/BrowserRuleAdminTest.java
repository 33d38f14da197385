package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.mandi.catalog.OfferListing;
import io.mandi.order.Order;
import io.mandi.ruleset.RuleSetName;
import io.mandi.ruleset.RuleSets;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin changes a pricing rule in the browser, with the form (no DRL), tests it with the stored
 * scenarios and a shadow run, publishes it, and the buyer's next order is priced by it with the
 * explanation on the order page.
 */
class BrowserRuleAdminTest extends BrowserTest {
  static final String SCENARIO = "Stock in for 120 days is marked down 10%";

  @Autowired RuleSets ruleSets;
  @Autowired io.mandi.credit.CreditPolicy credit;

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
  void anAdminEditsAMarkdownInTheFormTestsItPublishesAndTheNextOrderIsPricedByIt() {
    OfferListing durrie = seller1Offer("Handwoven Durrie");
    Order earlier = place("buyer1", UUID.randomUUID(), durrie, 3); // a real request to shadow-run

    int version;
    try (Page admin = logIn("admin1")) {
      admin.getByText("Business rules").first().click();
      admin
          .locator(".rule-sets")
          .getByText("Pricing", new Locator.GetByTextOptions().setExact(true))
          .click();
      admin.waitForURL(url -> url.endsWith("/admin/rules/pricing"));
      PlaywrightAssertions.assertThat(admin.locator(".rule-in-use")).hasText("In use: pricing v1");
      button(admin, "New draft from v1").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-version-heading")).containsText("Draft");
      Matcher heading =
          Pattern.compile("v(\\d+)").matcher(admin.locator(".rule-version-heading").textContent());
      assertThat(heading.find()).isTrue();
      version = Integer.parseInt(heading.group(1));

      // the form refuses a markdown outside the agreed band, and saves one inside it
      admin.getByLabel("Markdown, stock over 90 days (%)").fill("25");
      admin.getByLabel("Note (what changes and why)").fill("Clear old durries faster");
      button(admin, "Save draft").click();
      PlaywrightAssertions.assertThat(
              notice(admin, "Markdown for stock over 90 days must be between 10 and 20 %"))
          .isVisible();
      admin.getByLabel("Markdown, stock over 90 days (%)").fill("15");
      button(admin, "Save draft").click();
      PlaywrightAssertions.assertThat(notice(admin, "Draft v" + version + " saved")).isVisible();
      button(admin, "Validate").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("v" + version + " compiles");

      // the scenario written for the old markdown fails, and so publishing is refused
      button(admin, "Run scenarios").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("9 of 10 scenarios pass");
      PlaywrightAssertions.assertThat(admin.locator(".rule-scenarios"))
          .containsText("Fail: ₹85.00");
      button(admin, "Publish v" + version).click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("1 scenario fails, so version " + version + " cannot be published");

      // the admin corrects the scenario to the new policy; every scenario passes
      admin.locator(".rule-scenarios").getByText(SCENARIO).click();
      PlaywrightAssertions.assertThat(admin.getByLabel("Scenario")).hasValue(SCENARIO);
      admin.getByLabel("Expected unit price (₹)").fill("85.00");
      button(admin, "Save scenario").click();
      PlaywrightAssertions.assertThat(notice(admin, "Scenario saved")).isVisible();
      button(admin, "Run scenarios").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("10 of 10 scenarios pass");

      // the shadow run shows the earlier durrie order's price would change
      button(admin, "Shadow run").click();
      PlaywrightAssertions.assertThat(admin.locator(".shadow-changes"))
          .containsText("Order #" + earlier.id() + " line 1: 3 × Handwoven Durrie");
      PlaywrightAssertions.assertThat(admin.locator(".shadow-changes")).containsText("₹833.00");
      PlaywrightAssertions.assertThat(admin.locator(".shadow-changes")).containsText("-5.56 %");

      // a diff against the published version shows the one changed rule line
      button(admin, "Compare with the published version").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-diff"))
          .containsText("+     $line.percentOff(\"15\"");

      button(admin, "Publish v" + version).click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-in-use"))
          .hasText("In use: pricing v" + version);
      PlaywrightAssertions.assertThat(admin.locator(".rule-audit")).containsText("published");

      // the page fits a phone
      admin.setViewportSize(390, 844);
      assertThat(((Number) admin.evaluate("document.documentElement.scrollWidth")).intValue())
          .as("the rule set page fits a phone's screen")
          .isLessThanOrEqualTo(390);
    }

    try (Page buyer = logIn("buyer1")) {
      buyer.getByLabel("Search").fill("Handwoven Durrie");
      await("the catalog filtered to the durrie's two offers")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  ((Number) buyer.locator("vaadin-grid").first().evaluate("grid => grid.size"))
                          .intValue()
                      == 2);
      buyer.getByText("Mahila Udyog Self-Help Group (SHG)").first().click();
      buyer.getByLabel("Quantity").fill("3");
      button(buyer, "Add to cart").click();
      PlaywrightAssertions.assertThat(buyer.getByText("3 × Handwoven Durrie added to the cart"))
          .isVisible();
      buyer.navigate(baseUrl() + "/cart");
      // a line's details (why its price is what it is) open with a click on it
      buyer.getByText("Handwoven Durrie · Mahila Udyog").first().click();
      PlaywrightAssertions.assertThat(
              buyer.getByText(
                  "15% off (₹980.00 → ₹833.00)", new Page.GetByTextOptions().setExact(false)))
          .isVisible();
      long before = newestOrderOfBuyer1();
      button(buyer, "Place order").click();
      buyer.waitForURL(url -> url.endsWith("/orders"));
      long orderId = newestOrderOfBuyer1();
      assertThat(orderId).isGreaterThan(before);

      buyer.navigate(baseUrl() + "/orders/" + orderId);
      Locator lines = buyer.locator(".order-lines");
      PlaywrightAssertions.assertThat(lines).containsText("pricing v" + version + ", 1 rule");
      PlaywrightAssertions.assertThat(buyer.locator(".price-explanation").first())
          .containsText("Markdown: stock older than 90 days: in stock for 12");
      PlaywrightAssertions.assertThat(buyer.locator(".price-explanation").first())
          .containsText("15% off (₹980.00 → ₹833.00)");
      PlaywrightAssertions.assertThat(buyer.locator(".price-inputs").first())
          .containsText("retailer buyer · 3 units");
      // the order's time limits, from the durations rules once it is checked (an SHG packs in 3)
      Locator limits = buyer.locator(".order-time-limits");
      PlaywrightAssertions.assertThat(limits)
          .containsText("The seller packs a paid order within 3 days");
      PlaywrightAssertions.assertThat(limits)
          .containsText("The buyer may dispute a delivery within 3 days");
      PlaywrightAssertions.assertThat(limits).not().containsText("Self-help groups get");
    }
    assertThat(orders.lines(newestOrderOfBuyer1()).getFirst().unitPrice())
        .isEqualByComparingTo("833.00");
  }

  @Test
  void anAdminUploadsAProcessModelSeesWhyABrokenOneCannotRunAndDeploysAGoodOne() throws Exception {
    String shipped;
    try (var in = getClass().getClassLoader().getResourceAsStream("bpmn/escrow-funding.bpmn")) {
      shipped = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try (Page admin = logIn("admin1")) {
      admin.getByText("Processes").first().click();
      admin.waitForURL(url -> url.endsWith("/admin/processes"));
      Locator file = admin.locator("vaadin-upload input[type=file]");

      file.setInputFiles(
          new com.microsoft.playwright.options.FilePayload(
              "escrow-funding.bpmn",
              "application/octet-stream",
              shipped
                  .replaceFirst("type=\"([a-z-]+)\"", "type=\"$1-renamed\"")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      PlaywrightAssertions.assertThat(admin.locator(".model-problems"))
          .containsText("-renamed' has no worker: its tasks would wait forever");

      String reviewed =
          shipped.replaceFirst(
              "<bpmn:process id=\"escrow-funding\" name=\"([^\"]*)\"",
              "<bpmn:process id=\"escrow-funding\" name=\"$1 (reviewed)\"");
      assertThat(reviewed).isNotEqualTo(shipped);
      file.setInputFiles(
          new com.microsoft.playwright.options.FilePayload(
              "escrow-funding.bpmn",
              "application/octet-stream",
              reviewed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      button(admin, "Deploy as a new version of escrow-funding").click();
      PlaywrightAssertions.assertThat(admin.locator(".model-check"))
          .containsText("Deployed escrow-funding version");
      PlaywrightAssertions.assertThat(admin.locator(".process-audit")).containsText("deployed");
      PlaywrightAssertions.assertThat(admin.locator(".process-audit")).containsText("refused");
    }
  }

  @Test
  void anAdminStartsTheCreditDecisionTableEditsACellInTheGridAndPublishesIt() {
    var before = ruleSets.published(RuleSetName.CREDIT).orElseThrow();
    var over =
        new io.mandi.credit.CreditFacts(
            io.mandi.account.BuyerKind.DISTRIBUTOR,
            new BigDecimal("100.00"),
            new BigDecimal("50.00"),
            new BigDecimal("60.00"));
    try (Page admin = logIn("admin1")) {
      admin.navigate(baseUrl() + "/admin/rules/credit");
      button(admin, "New draft as a decision table").click();
      PlaywrightAssertions.assertThat(admin.locator(".decision-table")).isVisible();
      Matcher heading =
          Pattern.compile("v(\\d+)").matcher(admin.locator(".rule-version-heading").textContent());
      assertThat(heading.find()).isTrue();
      int version = Integer.parseInt(heading.group(1));

      // row 15 is the distributor over its limit; column 4 its action: approved, reason
      Locator reason = admin.locator("vaadin-text-field[aria-label='Row 15 column 4'] input");
      PlaywrightAssertions.assertThat(reason).hasValue("false, Over the credit limit");
      reason.fill("false, Over the limit: operations decide");
      button(admin, "Save draft").click();
      PlaywrightAssertions.assertThat(notice(admin, "Draft v" + version + " saved")).isVisible();
      button(admin, "Validate").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("v" + version + " compiles");
      button(admin, "Run scenarios").click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-results"))
          .containsText("4 of 4 scenarios pass");
      button(admin, "Publish v" + version).click();
      PlaywrightAssertions.assertThat(admin.locator(".rule-in-use"))
          .hasText("In use: credit v" + version);
      assertThat(credit.decide(over).reason()).isEqualTo("Over the limit: operations decide");

      // the published table goes out as an Excel workbook holding the edited cell
      com.microsoft.playwright.Download download =
          admin.waitForDownload(
              () -> admin.getByText("Download v" + version + " as Excel").click());
      assertThat(download.suggestedFilename()).isEqualTo("credit-v" + version + ".xlsx");
      try (var workbook =
          org.apache.poi.ss.usermodel.WorkbookFactory.create(download.path().toFile())) {
        assertThat(workbook.getSheetAt(0).getRow(14).getCell(3).getStringCellValue())
            .isEqualTo("false, Over the limit: operations decide");
      }
    } catch (java.io.IOException unreadable) {
      throw new AssertionError("The downloaded workbook cannot be read", unreadable);
    } finally {
      if (ruleSets.published(RuleSetName.CREDIT).orElseThrow().version() != before.version()) {
        ruleSets.rollback(user("admin1"), RuleSetName.CREDIT, before.version());
      }
    }
    assertThat(credit.decide(over).rule()).isEqualTo("Over the credit limit");
  }

  private static Locator notice(Page page, String text) {
    return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }
}
