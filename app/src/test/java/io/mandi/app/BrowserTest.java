package io.mandi.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** What the browser tests share: Debian's Chromium, headless, and a logged-in page per person. */
abstract class BrowserTest extends MandiAppTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void launchBrowser() {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI needs Debian's chromium at " + CHROMIUM + " (.ci/run installs it)");
      }
      Assumptions.abort(
          "Browser test skipped: install Debian's chromium (apt-get install chromium)");
    }
    playwright = Playwright.create();
    // pushed changes arrive after the workers' asynchronous steps: allow a busy machine its time
    PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void closeBrowser() {
    if (playwright != null) {
      playwright.close();
    }
  }

  Page logIn(String username) {
    Page page = browser.newContext().newPage();
    page.setDefaultTimeout(20_000);
    page.navigate(baseUrl() + "/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("mandi123");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  /** The number of buyer1's newest order (0 when none). */
  long newestOrderOfBuyer1() {
    return orders
        .search(
            user("buyer1"),
            new io.mandi.order.OrderSearch(List.of(), io.mandi.order.OrderSort.NUMBER, true, 0, 1))
        .stream()
        .mapToLong(io.mandi.order.Order::id)
        .max()
        .orElse(0);
  }
}
