package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.mandi.account.Actor;
import io.mandi.catalog.OfferListing;
import io.mandi.dispute.DisputeMediationTask;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.DisputeService;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.order.CartStore;
import io.mandi.order.CreditApprovalTask;
import io.mandi.order.OrderStatus;
import io.mandi.payment.PaymentIntent;
import io.mandi.recovery.JobFailure;
import io.mandi.recovery.JobFailureLog;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A buyer orders, the seller accepts, the buyer sees it confirmed: in a real Chromium. */
class BrowserOrderFlowTest extends BrowserTest {
  @Autowired LedgerService ledger;
  @Autowired DisputeService disputes;
  @Autowired ZeebeTestEngine engine;
  @Autowired JobFailureLog jobFailures;
  @Autowired io.mandi.order.CancellationService cancellations;
  @Autowired CartStore cartStore;

  @Test
  void buyerOrdersSellerAcceptsPaysSellerShipsCourierDeliversBuyerConfirmsAndIsInvoiced() {
    long orderId;
    try (Page buyer = logIn("buyer1")) {
      buyer.getByLabel("Search").fill("Turmeric");
      // The search is debounced: wait until the grid holds only its result (two offers of
      // Turmeric), so the click below cannot select a product of the unfiltered catalog.
      await("the grid filtered to Turmeric")
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  ((Number) buyer.locator("vaadin-grid").first().evaluate("grid => grid.size"))
                          .intValue()
                      == 2);
      buyer.getByText("Mahila Udyog Self-Help Group (SHG)").first().click();
      PlaywrightAssertions.assertThat(buyer.getByText("Turmeric Powder from Mahila Udyog"))
          .isVisible();
      buyer.getByLabel("Quantity").fill("12");
      // searching again keeps the chosen offer and its quantity
      buyer.getByLabel("Search").fill("Turmeric Powder");
      PlaywrightAssertions.assertThat(buyer.getByText("Turmeric Powder from Mahila Udyog"))
          .isVisible();
      PlaywrightAssertions.assertThat(buyer.getByLabel("Quantity")).hasValue("12");
      buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")).click();
      // Leaving the page before the server answered would drop the click.
      PlaywrightAssertions.assertThat(buyer.getByText("12 × Turmeric Powder added to the cart"))
          .isVisible();
      buyer.navigate(baseUrl() + "/cart");
      PlaywrightAssertions.assertThat(buyer.getByText("Turmeric Powder")).isVisible();
      long before = newestOrderOfBuyer1();
      PlaywrightAssertions.assertThat(buyer.getByLabel("PIN code")).hasValue("411030");
      buyer.getByLabel("Your PO number (optional)").fill("PO-778");
      buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order")).click();
      buyer.waitForURL(url -> url.endsWith("/orders"));
      orderId = newestOrderOfBuyer1();
      assertThat(orderId).isGreaterThan(before);
      PlaywrightAssertions.assertThat(
              buyer.getByText(String.valueOf(orderId), new Page.GetByTextOptions().setExact(true)))
          .isVisible();
    }

    try (Page seller = logIn("seller1")) {
      openInboxTask(seller, orderId, "the order's task in the seller's inbox");
      seller
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept order"))
          .click();
      PlaywrightAssertions.assertThat(seller.getByText("Accept order: done")).isVisible();
    }

    try (Page buyer = logIn("buyer1")) {
      awaitOnOrderPage(
          buyer,
          orderId,
          "order shown as confirmed",
          () -> buyer.locator(".order-timeline").textContent().contains("Confirmed"));
      PlaywrightAssertions.assertThat(buyer.locator(".order-stage"))
          .hasText("Accepted, waiting for payment");
      PlaywrightAssertions.assertThat(buyer.locator(".order-next")).containsText("Pay into escrow");

      // Pay into escrow on the gateway's (sandbox) checkout page.
      Locator payLink = buyer.locator("a.pay-link");
      awaitOnOrderPage(buyer, orderId, "the pay link", () -> payLink.count() > 0);
      payOnCheckout(buyer, payLink, orderId);
    }

    // The seller packs and marks the order ready to ship; the courier is booked.
    try (Page seller = logIn("seller1")) {
      openInboxTask(seller, orderId, "the ready-to-ship task in the seller's inbox");
      // what the packer needs: where it goes, the buyer's reference, and that it is paid
      Locator delivery = seller.locator(".order-delivery");
      PlaywrightAssertions.assertThat(delivery).containsText("Tilak Road");
      PlaywrightAssertions.assertThat(delivery).containsText("PIN 411030");
      PlaywrightAssertions.assertThat(delivery).containsText("Buyer's PO PO-778");
      PlaywrightAssertions.assertThat(seller.locator(".escrow-statement"))
          .containsText("paid and held in escrow");
      seller.getByLabel("Parcel weight (kg)").fill("12.5");
      seller
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ready to ship"))
          .click();
      PlaywrightAssertions.assertThat(seller.getByText("Ready to ship: done")).isVisible();
    }
    String awb =
        await("booked with the courier")
            .atMost(Duration.ofSeconds(30))
            .until(() -> shipments.shipment(orderId).awb(), java.util.Objects::nonNull);
    // The courier (sandbox) delivers: a signed tracking webhook over HTTP.
    assertThat(logistics.track(awb, "DELIVERED")).isEqualTo(200);

    try (Page buyer = logIn("buyer1")) {
      awaitOnOrderPage(
          buyer,
          orderId,
          "delivery shown with its AWB",
          () ->
              buyer.locator(".order-timeline").textContent().contains("Delivered")
                  && buyer.locator(".shipment-summary").textContent().contains(awb));

      // The goods arrived: the buyer confirms, escrow pays the seller, the order is invoiced.
      PlaywrightAssertions.assertThat(buyer.locator(".escrow-statement"))
          .containsText("held in escrow");
      buyer
          .getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I have received the goods"))
          .click();
      confirmMoney(buyer, "Held in escrow: ₹", "less Mandi's commission of ₹");
      awaitOnOrderPage(
          buyer,
          orderId,
          "order completed with its GST invoice",
          () ->
              buyer.locator(".order-timeline").textContent().contains("Completed")
                  && buyer.locator("a.invoice-link").count() > 0);
      PlaywrightAssertions.assertThat(buyer.locator("a.invoice-link"))
          .containsText("GST invoice MND/");
    }

    try (Page buyer = logIn("buyer1")) {
      buyer.navigate(baseUrl() + "/messages");
      Locator messages = buyer.locator("vaadin-grid.messages");
      PlaywrightAssertions.assertThat(messages).containsText("We received ₹");
      PlaywrightAssertions.assertThat(messages)
          .containsText("Order #" + orderId + " was delivered. Check the goods");
    }

    try (Page seller = logIn("seller1")) {
      seller.setViewportSize(390, 844);
      seller.navigate(baseUrl() + "/messages");
      PlaywrightAssertions.assertThat(seller.locator("vaadin-grid.messages"))
          .containsText("Order #" + orderId + " is paid");
      PlaywrightAssertions.assertThat(seller.locator("vaadin-grid.messages"))
          .containsText("New order #" + orderId);
      seller.navigate(baseUrl() + "/payouts");
      PlaywrightAssertions.assertThat(seller.locator(".seller-performance"))
          .containsText("of your");
      PlaywrightAssertions.assertThat(seller.locator(".seller-performance"))
          .not()
          .containsText("Score");
      Locator payout =
          seller
              .locator("vaadin-grid.payouts")
              .getByText("#" + orderId, new Locator.GetByTextOptions().setExact(true));
      PlaywrightAssertions.assertThat(payout).isVisible();
      seller
          .locator("vaadin-grid.payouts vaadin-grid-cell-content")
          .filter(new Locator.FilterOptions().setHasText("Released to your bank account"))
          .first()
          .click();
      PlaywrightAssertions.assertThat(seller.getByText(Pattern.compile("Mandi's commission ₹")))
          .isVisible();
      assertThat((Integer) seller.evaluate("document.documentElement.scrollWidth"))
          .as("nothing falls off a phone's screen")
          .isLessThanOrEqualTo(390);
      // each payout has a page of its own
      payout.click();
      PlaywrightAssertions.assertThat(seller).hasURL(Pattern.compile("/payouts/" + orderId + "$"));
      PlaywrightAssertions.assertThat(seller.locator(".payout-breakdown"))
          .containsText("Transfer: Released to your bank account");
      PlaywrightAssertions.assertThat(seller.locator(".payout-breakdown"))
          .containsText("Net to you: ₹");
    }
  }

  @Test
  void nobodySeesAnotherPartysOrdersOrTasks() {
    Actor seller1 = user("seller1");
    OfferListing offer = seller1Offer("Cumin");
    long orderId = place("buyer1", UUID.randomUUID(), offer, offer.minOrderQty()).id();
    await("seller1's task for order " + orderId)
        .atMost(Duration.ofSeconds(30))
        .until(() -> inbox.openTasksFor(seller1).stream().anyMatch(t -> t.orderId() == orderId));

    try (Page buyer2 = logIn("buyer2")) {
      buyer2.navigate(baseUrl() + "/orders");
      PlaywrightAssertions.assertThat(buyer2.locator("vaadin-grid:not([loading])").first())
          .isVisible();
      Locator orderCell =
          buyer2.getByText(String.valueOf(orderId), new Page.GetByTextOptions().setExact(true));
      PlaywrightAssertions.assertThat(orderCell).hasCount(0);
      buyer2.navigate(baseUrl() + "/inbox");
      PlaywrightAssertions.assertThat(buyer2.locator(".not-found h2")).hasText("Page not found");
      PlaywrightAssertions.assertThat(buyer2.getByText("Task inbox")).hasCount(0);
      buyer2.navigate(baseUrl() + "/orders/" + orderId);
      PlaywrightAssertions.assertThat(buyer2.getByText("Order #" + orderId + " not found"))
          .isVisible();
      buyer2.navigate(baseUrl() + "/orders/abc");
      PlaywrightAssertions.assertThat(buyer2.locator(".not-found")).isVisible();
      PlaywrightAssertions.assertThat(buyer2.getByText("Could not navigate")).hasCount(0);
    }
    try (Page seller2 = logIn("seller2")) {
      PlaywrightAssertions.assertThat(seller2.locator("vaadin-grid:not([loading])").first())
          .isVisible();
      PlaywrightAssertions.assertThat(
              seller2.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
      seller2.navigate(baseUrl() + "/orders");
      PlaywrightAssertions.assertThat(seller2.getByText("Buyer").first()).isVisible();
      PlaywrightAssertions.assertThat(seller2.locator("vaadin-grid:not([loading])").first())
          .isVisible();
      PlaywrightAssertions.assertThat(
              seller2.getByText(
                  String.valueOf(orderId), new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
    }
    try (Page seller1Page = logIn("seller1")) {
      PlaywrightAssertions.assertThat(
              seller1Page.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true)))
          .isVisible();
    }
  }

  @Test
  void aDisputeRaisedSettledByTheSellersOfferAllThroughTheUi() throws Exception {
    long orderId = deliveredOrder("Red Chilli Powder").orderId();

    try (Page buyer = logIn("buyer1")) {
      awaitOnOrderPage(
          buyer,
          orderId,
          "the dispute form of a delivered order",
          () -> buyer.getByText("Not happy with the goods?").count() > 0);
      buyer.getByLabel("What is wrong with the delivery?").fill("Two packets were wet");
      buyer.getByLabel("Evidence (photos' links, counts, notes)").fill("2 of 10 packets damp");
      buyer
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise a dispute"))
          .click();
      PlaywrightAssertions.assertThat(buyer.getByText("Dispute raised")).isVisible();
    }

    try (Page seller = logIn("seller1")) {
      openInboxTask(seller, orderId, "the dispute in the seller's inbox");
      PlaywrightAssertions.assertThat(seller.locator(".dispute-summary"))
          .containsText("Two packets were wet");
      seller.getByLabel("Partial refund you offer (₹)").fill("50.00");
      seller
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Offer partial refund"))
          .click();
      confirmMoney(seller, "Back to the buyer: ₹50.00");
      PlaywrightAssertions.assertThat(seller.getByText("Offer partial refund: done")).isVisible();
    }

    try (Page buyer = logIn("buyer1")) {
      Locator accept =
          buyer.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the seller's offer"));
      // the dispute has a page of its own, linkable from a message, with the buyer's answer on it
      buyer.navigate(baseUrl() + "/disputes/" + orderId);
      PlaywrightAssertions.assertThat(accept).isVisible();
      PlaywrightAssertions.assertThat(buyer.locator(".dispute-summary")).containsText("₹50.00");
      accept.click();
      confirmMoney(buyer, "Back to the buyer: ₹50.00");
      // the page follows the settlement by itself
      PlaywrightAssertions.assertThat(buyer.locator(".dispute-summary"))
          .containsText("split, ₹50.00 back to the buyer");
      PlaywrightAssertions.assertThat(buyer.locator(".escrow-statement"))
          .containsText("₹50.00 was refunded to you");
      buyer.getByText("← Order #" + orderId).click();
      PlaywrightAssertions.assertThat(buyer.locator(".order-stage")).hasText("Completed");
    }
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.SPLIT);
  }

  @Test
  void operationsMediateAContestedDisputeWithTheOrderLedgerAndMessagesInView() throws Exception {
    long orderId = deliveredOrder("Coriander Powder").orderId();
    disputes.open(user("buyer1"), orderId, "Wrong grind", "Coarse, not fine");
    HumanTask answer = awaitOpenTask(user("seller1"), orderId, DisputeResponseTask.KIND);
    disputes.contest(user("seller1"), answer.id(), "The order said coarse");

    try (Page ops = logIn("ops1")) {
      openInboxTask(ops, orderId, "the mediation task in the ops inbox");
      PlaywrightAssertions.assertThat(ops.getByText("Mediate a dispute").first()).isVisible();
      PlaywrightAssertions.assertThat(ops.locator(".dispute-summary"))
          .containsText("The order said coarse");
      PlaywrightAssertions.assertThat(ops.getByText("Payment held in escrow")).isVisible();
      PlaywrightAssertions.assertThat(ops.getByText("order_confirmed")).isVisible();
      PlaywrightAssertions.assertThat(ops.getByText(Pattern.compile("^Line 1: Coriander Powder")))
          .isVisible();
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Split")).click();
      PlaywrightAssertions.assertThat(ops.getByText("Explain the decision to both parties").first())
          .isVisible();
      ops.getByLabel("Refund to the buyer for a split (₹)").fill("30.00");
      ops.getByLabel("Decision explained to both parties").fill("Both read the order differently");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Split")).click();
      confirmMoney(ops, "Back to the buyer: ₹30.00", "To the seller: ₹");
      PlaywrightAssertions.assertThat(ops.getByText("Split: done")).isVisible();
    }

    await("order closed after the split")
        .atMost(Duration.ofSeconds(30))
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.SPLIT);
    assertThat(disputes.dispute(user("buyer1"), orderId).refundAmount())
        .isEqualByComparingTo("30.00");
  }

  @Test
  void operationsDecideByLineTheTickedLineGoesBackAndTheRestIsReleased() throws Exception {
    long orderId = deliveredOrder("Cotton Bath Towel", "Block-print Bedsheet").orderId();
    disputes.open(user("buyer1"), orderId, "The bedsheets faded", null);
    HumanTask answer = awaitOpenTask(user("seller1"), orderId, DisputeResponseTask.KIND);
    disputes.contest(user("seller1"), answer.id(), "They were washed wrongly");

    try (Page ops = logIn("ops1")) {
      openInboxTask(ops, orderId, "the mediation task in the ops inbox");
      ops.getByText(Pattern.compile("^Line 2: Block-print Bedsheet")).click();
      ops.getByLabel("Decision explained to both parties").fill("Colour-fast was promised");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Split")).click();
      confirmMoney(ops, "Back to the buyer: ₹");
      PlaywrightAssertions.assertThat(ops.getByText("Split: done")).isVisible();
    }

    await("closed after the decision by line")
        .atMost(Duration.ofSeconds(30))
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.COMPLETED);
    var dispute = disputes.dispute(user("buyer1"), orderId);
    assertThat(dispute.refundedLines()).isEqualTo("2");
    assertThat(dispute.refundAmount())
        .isEqualByComparingTo(orders.details(user("buyer1"), orderId).lines().get(1).lineAmount());
    assertThat(ledger.hold(orderId).status()).isEqualTo(EscrowStatus.SPLIT);
  }

  @Test
  void whenEveryVendorRefusesOperationsPickOneInTheInbox() {
    long orderId = place("buyer1", UUID.randomUUID(), seller1Offer("Wax Candles"), 5).id();
    for (int refusals = 0; refusals < 2; refusals++) {
      HumanTask offer =
          await("a vendor's offer")
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      java.util.stream.Stream.of("seller1", "seller2", "seller3")
                          .flatMap(u -> inbox.openTasksFor(user(u)).stream())
                          .filter(
                              t ->
                                  t.orderId() == orderId
                                      && SellerAcceptanceTask.KIND.equals(t.kind()))
                          .findFirst(),
                  java.util.Optional::isPresent)
              .orElseThrow();
      Actor vendor = sellerUser(orders.details(user("ops1"), orderId).order().sellerId());
      inbox.decide(vendor, offer.id(), TaskInput.of("REFUSE", "Sold out"));
    }

    try (Page ops = logIn("ops1")) {
      openInboxTask(ops, orderId, "the vendor escalation in the ops inbox");
      PlaywrightAssertions.assertThat(ops.locator(".vendor-decisions"))
          .containsText("already offered this order");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign vendor")).click();
      PlaywrightAssertions.assertThat(ops.getByText("Choose the vendor to assign").first())
          .isVisible();
      ops.getByLabel("Vendor").click();
      ops.getByRole(
              AriaRole.OPTION,
              new Page.GetByRoleOptions().setName(Pattern.compile("^Mahila Udyog")))
          .click();
      ops.getByLabel("Note (needed to cancel)").fill("Phoned Sunita; stock arrived");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign vendor")).click();
      PlaywrightAssertions.assertThat(ops.getByText("Assign vendor: done")).isVisible();
    }

    await("confirmed with the vendor ops picked")
        .atMost(Duration.ofSeconds(30))
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.CONFIRMED);
    assertThat(orders.details(user("ops1"), orderId).order().sellerId())
        .isEqualTo(user("seller1").sellerId());
    try (Page buyer = logIn("buyer1")) {
      buyer.navigate(baseUrl() + "/orders/" + orderId);
      Locator decided = buyer.locator(".order-decisions");
      PlaywrightAssertions.assertThat(decided).containsText("Refuse order");
      PlaywrightAssertions.assertThat(decided).containsText("Sold out");
      PlaywrightAssertions.assertThat(decided).containsText("Phoned Sunita; stock arrived");
      PlaywrightAssertions.assertThat(buyer.locator(".vendor-decisions")).hasCount(0);
      PlaywrightAssertions.assertThat(buyer.getByText(Pattern.compile("Score \\d"))).hasCount(0);
    }
  }

  @Test
  void aBuyerRejectingTheSellersOfferSendsTheDisputeToOperations() throws Exception {
    long orderId = deliveredOrder("Jute Shopping Bag").orderId();
    disputes.open(user("buyer1"), orderId, "Handles tear", null);
    HumanTask answer = awaitOpenTask(user("seller1"), orderId, DisputeResponseTask.KIND);
    disputes.offerRefund(user("seller1"), answer.id(), new java.math.BigDecimal("10.00"), null);

    try (Page buyer = logIn("buyer1")) {
      Locator reject =
          buyer.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Reject; let operations decide"));
      awaitOnOrderPage(buyer, orderId, "the seller's offer", () -> reject.count() > 0);
      reject.click();
      PlaywrightAssertions.assertThat(buyer.getByText("Sent to operations")).isVisible();
    }

    awaitOpenTask(user("ops1"), orderId, DisputeMediationTask.KIND);
    assertThat(disputes.dispute(user("buyer1"), orderId).status())
        .isEqualTo(io.mandi.dispute.DisputeStatus.IN_MEDIATION);
  }

  @Test
  void recoveryRetriesABookingThatFailedForTheLastTimeAndOperationsSeeWhy() throws Exception {
    PaymentIntent intent = confirmedOrderAwaitingPayment("Khadi Kurta Fabric");
    long orderId = intent.orderId();
    gateway.pay(intent.gatewayOrderId());
    HumanTask pack = awaitOpenTask(user("seller1"), orderId, ReadyToShipTask.KIND);
    logistics.outage().begin(Duration.ofHours(1));
    try {
      shipments.readyToShip(user("seller1"), pack.id(), new BigDecimal("6.0"), 1);
      await("the booking failed for the last time")
          .atMost(Duration.ofSeconds(60))
          .until(
              () -> {
                engine.increaseTime(Duration.ofSeconds(20)); // each back-off passes
                return jobFailures.ofOrder(orderId).stream().anyMatch(JobFailure::last);
              });
    } finally {
      logistics.outage().end();
    }

    engine.increaseTime(Duration.ofMinutes(5)); // recovery's interval passes: it sweeps
    await("shipped after recovery retried the booking")
        .atMost(Duration.ofSeconds(30))
        .until(() -> buyer1StatusOf(orderId) == OrderStatus.SHIPPED);

    try (Page ops = logIn("ops1")) {
      ops.setViewportSize(1400, 900);
      awaitOnOrderPage(ops, orderId, "the order page", () -> true);
      // where the order is in its process: shipped, the delivery still to come
      PlaywrightAssertions.assertThat(ops.locator(".order-steps .step-current"))
          .hasText("→ Delivered (now)");
      PlaywrightAssertions.assertThat(ops.locator(".order-steps .step-done")).hasCount(4);
      Locator remedies = ops.locator(".recovery-decisions");
      PlaywrightAssertions.assertThat(remedies).containsText("Retry the failed step");
      PlaywrightAssertions.assertThat(remedies).containsText("applied");
      remedies.getByText("Retry the failed step").click();
      PlaywrightAssertions.assertThat(remedies)
          .containsText("Decided by rule: Step failed for the last time");
      PlaywrightAssertions.assertThat(remedies).containsText("escrow HELD");

      ops.setViewportSize(390, 844);
      ops.navigate(baseUrl() + "/admin/recovery");
      PlaywrightAssertions.assertThat(ops.getByText("Fixed by recovery")).isVisible();
      ops.getByLabel("Order number").fill(String.valueOf(orderId));
      ops.getByLabel("Order number").press("Enter");
      Locator cases = ops.locator(".recovery-cases");
      PlaywrightAssertions.assertThat(cases).containsText("Order " + orderId);
      PlaywrightAssertions.assertThat(cases).containsText("Job failed");
      PlaywrightAssertions.assertThat(cases).containsText("Recovered");
      assertThat((Integer) ops.evaluate("document.documentElement.scrollWidth"))
          .as("nothing falls off a phone's screen")
          .isLessThanOrEqualTo(390);
    }
  }

  @Test
  void operationsFindAnOrderByFiltersShareTheLinkAndOpenItsOwnPage() {
    long small = place("buyer1", UUID.randomUUID(), seller1Offer("Moong Dal"), 3).id();
    long large = place("buyer2", UUID.randomUUID(), seller1Offer("Moong Dal"), 40).id();
    String link;
    try (Page ops = logIn("ops1")) {
      ops.setViewportSize(1400, 900);
      ops.navigate(baseUrl() + "/orders");
      ops.getByLabel("Search").fill("#" + large);
      PlaywrightAssertions.assertThat(ops.locator(".order-count")).hasText("1 order");
      PlaywrightAssertions.assertThat(orderCell(ops, large)).isVisible();
      PlaywrightAssertions.assertThat(orderCell(ops, small)).isHidden();
      await("the filter kept in the address")
          .atMost(Duration.ofSeconds(10))
          .until(() -> ops.url().contains("q=%23" + large));
      link = ops.url();

      orderCell(ops, large).click();
      ops.waitForURL(url -> url.endsWith("/orders/" + large));
      PlaywrightAssertions.assertThat(ops.getByText("Order #" + large).first()).isVisible();
      PlaywrightAssertions.assertThat(ops.locator(".order-timeline")).isVisible();

      ops.navigate(baseUrl() + "/orders?min=10&max=5");
      PlaywrightAssertions.assertThat(ops.locator(".filter-problem"))
          .hasText("The smallest value is above the largest");
    }

    try (Page colleague = logIn("ops1")) {
      colleague.setViewportSize(390, 844);
      colleague.navigate(link);
      PlaywrightAssertions.assertThat(colleague.getByLabel("Search")).hasValue("#" + large);
      PlaywrightAssertions.assertThat(colleague.locator(".order-count")).hasText("1 order");
      PlaywrightAssertions.assertThat(orderCell(colleague, large)).isInViewport();
      assertThat((Integer) colleague.evaluate("document.documentElement.scrollWidth"))
          .as("nothing falls off a phone's screen")
          .isLessThanOrEqualTo(390);
    }

    try (Page buyer = logIn("buyer1")) {
      buyer.navigate(baseUrl() + "/orders/" + large);
      PlaywrightAssertions.assertThat(buyer.getByText("Order #" + large + " not found"))
          .isVisible();
      buyer.navigate(baseUrl() + "/orders/" + small);
      PlaywrightAssertions.assertThat(buyer.locator(".order-timeline")).isVisible();
    }
  }

  @Test
  void changesMadeElsewhereAppearWithoutAReload() throws Exception {
    OfferListing offer = seller1Offer("Cumin");
    long orderId;
    try (Page seller = logIn("seller1")) {
      seller.navigate(baseUrl() + "/inbox");
      Locator badge = seller.locator(".task-badge");
      PlaywrightAssertions.assertThat(badge).hasText(Pattern.compile("^[0-9,]+$"));
      String before = badge.textContent();

      orderId = place("buyer1", UUID.randomUUID(), offer, offer.minOrderQty()).id();
      // no click on Refresh, no reload: the task, the badge and a notice arrive by push
      Locator task = seller.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true));
      PlaywrightAssertions.assertThat(task).isVisible();
      PlaywrightAssertions.assertThat(badge).not().hasText(before);
      PlaywrightAssertions.assertThat(seller.getByText(Pattern.compile("new tasks? (is|are) in")))
          .isVisible();
    }

    try (Page buyer = logIn("buyer1")) {
      buyer.navigate(baseUrl() + "/orders/" + orderId);
      PlaywrightAssertions.assertThat(buyer.locator(".order-stage"))
          .hasText("Waiting for the seller");
      HumanTask accept = awaitOpenTask(user("seller1"), orderId, SellerAcceptanceTask.KIND);
      inbox.decide(user("seller1"), accept.id(), TaskInput.of("ACCEPT", null));
      PlaywrightAssertions.assertThat(buyer.locator(".order-stage"))
          .hasText("Accepted, waiting for payment");
      Locator payLink = buyer.locator("a.pay-link");
      PlaywrightAssertions.assertThat(payLink).isVisible();

      // the buyer pays in another session (the gateway's own page); this page follows
      PaymentIntent intent = payments.intent(orderId);
      gateway.pay(intent.gatewayOrderId());
      PlaywrightAssertions.assertThat(buyer.getByText("paid and held in escrow")).isVisible();
      PlaywrightAssertions.assertThat(payLink).isHidden();
    }
  }

  @Test
  void operationsClaimAndAssignATaskThatThenEscalatesOnTheEnginesClock() {
    long orderId = place("buyer2", UUID.randomUUID(), seller1Offer("Basmati"), 10).id();
    HumanTask approval = awaitOpenTask(user("ops1"), orderId, CreditApprovalTask.KIND);

    try (Page ops = logIn("ops1")) {
      ops.setViewportSize(1400, 900);
      ops.navigate(baseUrl() + "/tasks/" + approval.id());
      Locator state = ops.locator(".task-state");
      PlaywrightAssertions.assertThat(state).containsText("nobody has it yet");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Claim")).click();
      PlaywrightAssertions.assertThat(state).containsText("with ops1");
      ops.getByLabel("Assign to").click();
      ops.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("ops2")))
          .click();
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign").setExact(true))
          .click();
      PlaywrightAssertions.assertThat(state).containsText("with ops2");
      PlaywrightAssertions.assertThat(
              ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve credit")))
          .hasCount(0); // only ops2 decides it now
      PlaywrightAssertions.assertThat(ops.locator(".task-history")).containsText("to ops2");

      // the approval is due in 4 h: 5 h later on the engine's clock it is escalated
      engine.increaseTime(Duration.ofHours(5));
      await("the overdue approval escalated")
          .atMost(Duration.ofSeconds(30))
          .until(() -> inbox.task(user("ops1"), approval.id()).escalatedAt() != null);
      PlaywrightAssertions.assertThat(state)
          .containsText("escalated to the supervisors (Rahul (Operations lead))");
      ops.navigate(baseUrl() + "/inbox?show=ESCALATED");
      PlaywrightAssertions.assertThat(
              ops.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true)))
          .isVisible();
    }

    try (Page lead = logIn("ops2")) {
      lead.setViewportSize(390, 844);
      lead.navigate(baseUrl() + "/inbox?show=MINE");
      lead.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true)).click();
      lead.getByLabel("Note (needed to decline)").fill("Two years of prompt payment");
      Locator approve =
          lead.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve credit"));
      PlaywrightAssertions.assertThat(approve).isInViewport();
      approve.click();
      PlaywrightAssertions.assertThat(lead.getByText("Approve credit: done")).isVisible();
      PlaywrightAssertions.assertThat(lead.locator(".task-state")).containsText("Done by ops2");
      assertThat((Integer) lead.evaluate("document.documentElement.scrollWidth"))
          .as("nothing falls off a phone's screen")
          .isLessThanOrEqualTo(390);
    }
  }

  @Test
  void operationsCombineFiltersWithOrCancelSeveralWithAPreviewAndExportTheList() throws Exception {
    OfferListing ragi = seller1Offer("Ragi Flour");
    int moq = ragi.minOrderQty();
    String buyer3Tag = "#" + place("buyer3", UUID.randomUUID(), ragi, moq + 2).id();
    long first = place("buyer1", UUID.randomUUID(), ragi, moq).id();
    long second = place("buyer1", UUID.randomUUID(), ragi, moq + 1).id();
    long done = place("buyer2", UUID.randomUUID(), ragi, moq).id();
    for (long id : List.of(first, second, done)) {
      awaitOpenTask(user("seller1"), id, SellerAcceptanceTask.KIND);
    }
    cancellations.requestCancellation(user("ops1"), done, "Duplicate");
    await("order " + done + " cancelled")
        .atMost(Duration.ofSeconds(30))
        .until(() -> orders.details(user("ops1"), done).order().status() == OrderStatus.CANCELLED);
    try (Page ops = logIn("ops1")) {
      ops.setViewportSize(1400, 900);
      // one order by its number, OR another by its number: both, and nothing else
      ops.navigate(baseUrl() + "/orders?q=%23" + first + "&or1.q=%23" + second);
      PlaywrightAssertions.assertThat(ops.locator(".order-count")).hasText("2 orders");
      PlaywrightAssertions.assertThat(orderCell(ops, first)).isVisible();
      PlaywrightAssertions.assertThat(orderCell(ops, second)).isVisible();
      PlaywrightAssertions.assertThat(ops.locator(".or-filter")).hasCount(1);
      // a third set of conditions, typed in the page, widens it again
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Or also orders that…"))
          .click();
      ops.getByLabel("Search").nth(2).fill("#" + done);
      PlaywrightAssertions.assertThat(ops.locator(".order-count")).hasText("3 orders");
      PlaywrightAssertions.assertThat(
              ops.getByText(buyer3Tag, new Page.GetByTextOptions().setExact(true)))
          .hasCount(0);
      String name = "Ragi orders " + first;
      ops.getByText("Saved views").click();
      ops.getByLabel("Save this list as").fill(name);
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save view")).click();
      PlaywrightAssertions.assertThat(ops.getByText("everyone in operations sees")).isVisible();

      // export what is listed
      com.microsoft.playwright.Download csv =
          ops.waitForDownload(() -> ops.getByText("Export as CSV").click());
      String exported = Files.readString(csv.path());
      assertThat(exported.lines())
          .hasSize(4)
          .first()
          .isEqualTo("order,status,total_inr,buyer,seller,placed_at,updated_at");
      assertThat(exported).contains(first + ",AWAITING_ACCEPTANCE,").contains(done + ",CANCELLED,");

      // tick all three, preview a cancellation: two will be cancelled, one is skipped and why
      Locator rowBoxes = ops.locator("vaadin-grid vaadin-checkbox >> visible=true");
      PlaywrightAssertions.assertThat(rowBoxes).hasCount(3);
      for (int row = 0; row < 3; row++) {
        rowBoxes.nth(row).click();
        PlaywrightAssertions.assertThat(ops.locator(".bulk-selected"))
            .hasText(row == 0 ? "1 order ticked" : (row + 1) + " orders ticked");
      }
      ops.getByLabel("With the ticked orders").click();
      ops.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Cancel and refund"))
          .click();
      ops.getByLabel("Reason").fill("Seller closed for Diwali");
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview…")).click();
      Locator preview = ops.locator(".bulk-preview");
      PlaywrightAssertions.assertThat(preview).containsText("Cancelled; nothing was paid");
      PlaywrightAssertions.assertThat(preview)
          .containsText("Skipped: Cancelled orders cannot be cancelled");
      assertThat(buyer1StatusOf(first))
          .as("a preview changes nothing")
          .isNotEqualTo(OrderStatus.CANCELLED);
      ops.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to 2 orders"))
          .click();
      PlaywrightAssertions.assertThat(ops.locator(".bulk-results"))
          .containsText("Cancelled; nothing was paid");
      PlaywrightAssertions.assertThat(ops.getByText("2 changed, 1 skipped")).isVisible();
    }
    for (long id : List.of(first, second)) {
      await("order " + id + " cancelled by the bulk action")
          .atMost(Duration.ofSeconds(30))
          .until(() -> buyer1StatusOf(id) == OrderStatus.CANCELLED);
    }
    try (Page lead = logIn("ops2")) {
      lead.navigate(baseUrl() + "/orders/" + first);
      PlaywrightAssertions.assertThat(lead.locator(".order-actions"))
          .containsText("Seller closed for Diwali");
      // the view ops1 saved is there for a colleague, with the same three orders
      lead.navigate(baseUrl() + "/orders");
      lead.getByText("Saved views").click();
      lead.getByLabel("Open a saved view").click();
      lead.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ragi orders " + first))
          .click();
      PlaywrightAssertions.assertThat(lead.locator(".order-count")).hasText("3 orders");
      PlaywrightAssertions.assertThat(orderCell(lead, done)).isVisible();
    }
  }

  @Test
  void theCartShowsTheBuyersOwnPriceEveryProblemAndTheCreditCheckAndOutlivesTheSession() {
    OfferListing basmati = seller1Offer("Basmati");
    cartStore.clear(user("buyer2"));
    cartStore.put(user("buyer2"), basmati.offerId(), 10); // as if added on another device
    try (Page buyer = logIn("buyer2")) {
      buyer.setViewportSize(390, 844);
      buyer.navigate(baseUrl() + "/cart");
      PlaywrightAssertions.assertThat(buyer.locator(".cart-credit"))
          .containsText("Needs credit approval");
      buyer.getByText(Pattern.compile("^Basmati Rice 25 kg")).click();
      PlaywrightAssertions.assertThat(buyer.getByText(Pattern.compile("Distributor price")))
          .isVisible();
      Locator placeOrder =
          buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Place order"));
      PlaywrightAssertions.assertThat(placeOrder).isEnabled();

      // more than the seller has: said at once, and ordering waits until it is fixed
      Locator quantity = buyer.getByLabel("Quantity of Basmati Rice 25 kg");
      quantity.fill(String.valueOf(basmati.stock() + 1));
      quantity.press("Tab");
      PlaywrightAssertions.assertThat(buyer.locator(".cart-problems")).containsText("stock");
      PlaywrightAssertions.assertThat(placeOrder).isDisabled();
      quantity.fill("10");
      quantity.press("Tab");
      PlaywrightAssertions.assertThat(buyer.locator(".cart-problems li")).hasCount(0);
      PlaywrightAssertions.assertThat(placeOrder).isEnabled();
      PlaywrightAssertions.assertThat(placeOrder).isInViewport();
      assertThat((Integer) buyer.evaluate("document.documentElement.scrollWidth"))
          .as("nothing falls off a phone's screen")
          .isLessThanOrEqualTo(390);

      // the catalog on the phone: offer, price and terms in sight, and the button to add
      buyer.navigate(baseUrl() + "/catalog");
      buyer.getByLabel("Search").fill("Basmati");
      buyer
          .locator("vaadin-grid.catalog")
          .getByText("Mahila Udyog Self-Help Group (SHG)")
          .first()
          .click();
      PlaywrightAssertions.assertThat(buyer.locator("vaadin-grid.catalog"))
          .containsText("in stock");
      PlaywrightAssertions.assertThat(
              buyer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart")))
          .isInViewport();
      assertThat((Integer) buyer.evaluate("document.documentElement.scrollWidth"))
          .as("the catalog fits a phone's screen")
          .isLessThanOrEqualTo(390);
    }
    assertThat(cartStore.items(user("buyer2")))
        .containsExactly(new CartStore.Item(basmati.offerId(), 10));
    cartStore.clear(user("buyer2"));
  }

  /** The confirmation before money moves shows the amounts; the person confirms. */
  private static void confirmMoney(Page page, String... amounts) {
    Locator said = page.locator(".money-confirmation");
    for (String amount : amounts) {
      PlaywrightAssertions.assertThat(said).containsText(amount);
    }
    page.locator("vaadin-button[slot='confirm-button']").click();
    PlaywrightAssertions.assertThat(said).isHidden();
  }

  /** The order's link in the order list (a bare number would also match dates and amounts). */
  private static Locator orderCell(Page page, long orderId) {
    return page.locator("vaadin-grid a[href='orders/" + orderId + "']");
  }

  /** Opens the inbox until the order's task shows (workers open it), then the task's own page. */
  private void openInboxTask(Page page, long orderId, String what) {
    Locator task = page.getByText("#" + orderId, new Page.GetByTextOptions().setExact(true));
    await(what)
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              page.navigate(baseUrl() + "/inbox");
              page.locator("vaadin-grid:not([loading])").first().waitFor();
              return task.count() > 0;
            });
    task.first().click();
    page.waitForURL(url -> url.contains("/tasks/"));
  }

  /** Pays on the gateway's (sandbox) checkout page and waits for the order page to say so. */
  private void payOnCheckout(Page buyer, Locator payLink, long orderId) {
    Page checkout = buyer.waitForPopup(payLink::click);
    checkout
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Pay ")))
        .click();
    PlaywrightAssertions.assertThat(checkout.getByText("Payment successful")).isVisible();
    awaitOnOrderPage(
        buyer,
        orderId,
        "payment shown as held in escrow",
        () -> buyer.getByText("paid and held in escrow").count() > 0);
  }

  /** Reopens the order's details until the condition holds: status changes arrive from workers. */
  private void awaitOnOrderPage(
      Page buyer, long orderId, String what, java.util.concurrent.Callable<Boolean> condition) {
    await(what)
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              buyer.navigate(baseUrl() + "/orders");
              orderCell(buyer, orderId).click();
              buyer.locator(".order-timeline").waitFor();
              return condition.call();
            });
  }

  @Test
  void aBuyerAndTwoSellersNegotiateAQuoteThatBecomesAnOrderPaidIntoEscrow() {
    long rfqId;
    try (Page buyer = logIn("buyer1")) {
      buyer.navigate(baseUrl() + "/rfqs");
      buyer
          .getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New request for quotation"))
          .click();
      buyer.getByLabel("Title").fill("Basmati for the Diwali rush");
      buyer.getByLabel("Catalog product").fill("Basmati");
      buyer.locator("vaadin-combo-box-item").getByText("Basmati Rice 25 kg (bag)").click();
      buyer.getByLabel("Quantity").fill("8");
      buyer.getByLabel("Target price per unit (₹)").fill("2300");
      buyer.getByLabel("Close after N answers").fill("2");
      buyer
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send to sellers"))
          .click();
      buyer.waitForURL(url -> url.matches(".*/rfqs/[0-9]+$"));
      rfqId = Long.parseLong(buyer.url().replaceAll(".*/rfqs/", ""));
      PlaywrightAssertions.assertThat(buyer.locator(".rfq-status")).hasText("Collecting quotes");
    }

    // the buyer watches the quotes arrive without a reload, while each seller quotes on a phone;
    // neither seller sees the other's quote
    Page watching = logIn("buyer1");
    watching.navigate(baseUrl() + "/rfqs/" + rfqId);
    PlaywrightAssertions.assertThat(watching.locator(".rfq-status")).hasText("Collecting quotes");
    for (String[] seller : new String[][] {{"seller1", "2400"}, {"seller2", "2350"}}) {
      try (Page page = logIn(seller[0])) {
        page.setViewportSize(390, 844);
        Locator price = page.getByLabel(Pattern.compile("price per unit"));
        await(seller[0] + " invited by the shortlist")
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  page.navigate(baseUrl() + "/rfqs/" + rfqId);
                  page.locator(".rfq-status").waitFor();
                  return price.count() > 0;
                });
        price.fill(seller[1]);
        assertThat(
                (Number)
                    page.locator("vaadin-date-time-picker")
                        .first()
                        .evaluate("picker => picker.getBoundingClientRect().right"))
            .as("valid-until's date and time both fit a phone")
            .satisfies(right -> assertThat(right.doubleValue()).isLessThanOrEqualTo(390));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send quote")).click();
        PlaywrightAssertions.assertThat(page.getByText("Quote sent")).isVisible();
        PlaywrightAssertions.assertThat(page.locator(".rfq-revisions")).containsText("Open");
        PlaywrightAssertions.assertThat(page.locator(".rfq-revisions")).not().containsText("2,350");
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
            .as("the quote form fits a phone")
            .isLessThanOrEqualTo(390);
      }
    }

    PlaywrightAssertions.assertThat(watching.locator(".rfq-status"))
        .hasText("Quotes ready to compare");
    PlaywrightAssertions.assertThat(watching.locator(".rfq-comparison"))
        .containsText("Deccan Agro Mills");
    watching.close();

    try (Page buyer = logIn("buyer1")) {
      Locator counter =
          buyer.getByRole(
              AriaRole.BUTTON,
              new Page.GetByRoleOptions().setName("Counter Deccan Agro Mills's quote"));
      await("the request closed after two answers, quotes scored")
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                buyer.navigate(baseUrl() + "/rfqs/" + rfqId);
                buyer.locator(".rfq-status").waitFor();
                return counter.count() > 0;
              });
      PlaywrightAssertions.assertThat(buyer.locator(".rfq-status"))
          .hasText("Quotes ready to compare");
      PlaywrightAssertions.assertThat(buyer.locator(".rfq-comparison")).containsText("score");
      // compared on a phone: both quotes and their actions on screen
      buyer.setViewportSize(390, 844);
      PlaywrightAssertions.assertThat(counter).isInViewport();
      assertThat((Integer) buyer.evaluate("document.documentElement.scrollWidth"))
          .as("the comparison fits a phone")
          .isLessThanOrEqualTo(390);
      counter.click();
      buyer.getByLabel(Pattern.compile("price per bag")).fill("2280");
      buyer
          .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send counter-offer"))
          .click();
      PlaywrightAssertions.assertThat(buyer.getByText("Counter-offer sent to Deccan Agro Mills"))
          .isVisible();
    }

    try (Page mill = logIn("seller2")) {
      mill.navigate(baseUrl() + "/rfqs/" + rfqId);
      PlaywrightAssertions.assertThat(mill.locator(".rfq-counter")).containsText("₹18,240.00");
      mill.getByRole(
              AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the counter-offer"))
          .click();
      mill.locator("vaadin-button[slot='confirm-button']").click();
      PlaywrightAssertions.assertThat(mill.getByText("Accepted: the order follows")).isVisible();
    }

    long orderId;
    try (Page buyer = logIn("buyer1")) {
      Locator order = buyer.locator("a.rfq-order");
      await("the award became an order")
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                buyer.navigate(baseUrl() + "/rfqs/" + rfqId);
                buyer.locator(".rfq-status").waitFor();
                return order.count() > 0;
              });
      orderId = Long.parseLong(order.textContent().replaceAll("[^0-9]", ""));
    }
    try (Page mill = logIn("seller2")) {
      openInboxTask(mill, orderId, "the awarded order in the mill's inbox");
      mill.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept order")).click();
      PlaywrightAssertions.assertThat(mill.getByText("Accept order: done")).isVisible();
    }
    try (Page buyer = logIn("buyer1")) {
      Locator payLink = buyer.locator("a.pay-link");
      awaitOnOrderPage(buyer, orderId, "the pay link", () -> payLink.count() > 0);
      PlaywrightAssertions.assertThat(buyer.locator("body")).containsText("₹18,240.00");
      payOnCheckout(buyer, payLink, orderId);
    }
    assertThat(orders.details(user("buyer1"), orderId).lines())
        .singleElement()
        .satisfies(line -> assertThat(line.unitPrice()).isEqualByComparingTo("2280.00"));
  }

  @Test
  void repeatedWrongPasswordsAreThrottledAndPagesCarrySecurityHeaders() {
    Page page = browser.newContext().newPage();
    page.setDefaultTimeout(20_000);
    com.microsoft.playwright.Response first = page.navigate(baseUrl() + "/login");
    assertThat(first.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
    assertThat(first.headers().get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
    assertThat(first.headers().get("permissions-policy")).contains("camera=()");
    String user = "mallory" + System.nanoTime();
    for (int attempt = 1; attempt <= 5; attempt++) {
      page.getByLabel("Username").fill(user);
      page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
          .fill("guess" + attempt);
      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
      page.waitForURL(url -> url.contains("error"));
      page.navigate(baseUrl() + "/login");
    }
    page.getByLabel("Username").fill(user);
    page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("mandi123");
    com.microsoft.playwright.Response refused =
        page.waitForResponse(
            response ->
                response.url().endsWith("/login") && "POST".equals(response.request().method()),
            () ->
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click());

    assertThat(refused.status()).isEqualTo(429);
    PlaywrightAssertions.assertThat(page.getByText("Too many failed log-ins")).isVisible();
  }
}
