package io.mandi.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mandi.CoreTestApplication.FakePaymentGateway;
import io.mandi.CoreTestApplication.RecordingLogistics;
import io.mandi.CoreTestApplication.RecordingProcessEvents;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Role;
import io.mandi.cancellation.OrderCompensation;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.ledger.EscrowStatus;
import io.mandi.ledger.LedgerService;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.ShipmentStatus;
import io.mandi.logistics.TrackingEvent;
import io.mandi.logistics.TrackingOutcome;
import io.mandi.order.CancellationService;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.payment.EscrowPreview;
import io.mandi.payment.EscrowService;
import io.mandi.payment.EscrowStatement;
import io.mandi.payment.GatewayPayment;
import io.mandi.payment.PaymentService;
import io.mandi.payment.WebhookEvent;
import io.mandi.task.EngineRun;
import io.mandi.task.HumanTask;
import io.mandi.task.NewTask;
import io.mandi.task.TaskInboxService;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settling escrow after delivery: the same job delivered twice, tracking out of order and twice,
 * and disputes decided with bad amounts. Each must leave exactly one ledger movement.
 */
@CoreTest
class EscrowSettlementTest {
  static final AtomicLong KEYS = new AtomicLong(7_000_000);

  @Autowired EngineRun engineRun;
  @Autowired PaymentService payments;
  @Autowired FakePaymentGateway gateway;
  @Autowired LedgerService ledger;
  @Autowired EscrowService escrow;
  @Autowired DisputeService disputes;
  @Autowired ShipmentService shipments;
  @Autowired RecordingProcessEvents events;
  @Autowired RecordingLogistics logistics;
  @Autowired CancellationService cancellations;
  @Autowired OrderCompensation compensation;
  @Autowired io.mandi.order.OrderQueryService orders;
  @Autowired OrderStatusService statuses;
  @Autowired TaskInboxService inbox;
  @Autowired OrderPlacementService placement;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  @Autowired io.mandi.invoice.InvoiceService invoices;
  @Autowired io.mandi.payment.Payouts payouts;
  Actor buyer;
  Actor seller;
  Actor ops = new Actor("ops-test", Role.OPS, null, null);
  Order order;

  @BeforeEach
  void deliveredAndPaidOrder() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    buyer = fixture.buyer();
    seller = fixture.seller(SellerKind.SHG);
    order = paidAndBooked(fixture, "Brass Lamp");
  }

  /** One line of 5 per product at ₹200 each, paid, held, transferred on hold and booked. */
  private Order paidAndBooked(CatalogFixture fixture, String... products) {
    List<PlaceOrderCommand.Line> lines = new java.util.ArrayList<>();
    for (String name : products) {
      long product = fixture.product(fixture.category(), name);
      long offer = fixture.offer(seller, product, 1, 100, new BigDecimal("200.00"));
      lines.add(new PlaceOrderCommand.Line(product, offer, 5));
    }
    Order placed =
        placement.place(buyer, new PlaceOrderCommand(UUID.randomUUID(), lines)).getFirst();
    payments.startPayment(placed.id());
    String paymentId = "pay_" + placed.id();
    gateway.payments.put(
        paymentId,
        new GatewayPayment(
            paymentId, "order_" + placed.id(), placed.totalAmount(), "INR", "captured"));
    payments.receive(
        new WebhookEvent(
            PaymentService.RAZORPAY, "evt_" + placed.id(), "payment.captured", paymentId, "{}"));
    escrow.transferOnHold(placed.id());
    escrow.transferOnHold(placed.id()); // a redelivered job
    statuses.awaitAcceptance(placed.id(), "test");
    statuses.confirm(placed.id(), "seller");
    order = placed;
    HumanTask pack = openTask(ReadyToShipTask.KIND, "seller-" + seller.sellerId());
    shipments.readyToShip(seller, pack.id(), new BigDecimal("3.2"), 1);
    shipments.book(placed.id());
    return placed;
  }

  @Test
  void opsDecideByLineTheRefusedLineGoesBackAndTheRestIsReleased() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    order = paidAndBooked(fixture, "Copper Jug", "Copper Glass");
    statuses.ship(order.id(), "system", "booked");
    statuses.deliver(order.id(), "delivered");
    disputes.open(buyer, order.id(), "The glasses are dented", null);
    HumanTask mediation = openTask(DisputeMediationTask.KIND, Actor.OPS_GROUP);

    assertThatThrownBy(() -> disputes.mediateByLines(ops, mediation.id(), java.util.Set.of(7), "x"))
        .hasMessageContaining("Choose the order lines");
    disputes.mediateByLines(ops, mediation.id(), java.util.Set.of(2), "Glasses dented in transit");
    disputes.settle(order.id());

    Dispute decided = disputes.dispute(ops, order.id());
    assertThat(decided.resolution()).isEqualTo(Resolution.SPLIT);
    assertThat(decided.refundedLines()).isEqualTo("2");
    // The refund is exactly line 2's amount; line 1 is released to the seller.
    BigDecimal line2 = orders.details(ops, order.id()).lines().get(1).lineAmount();
    assertThat(decided.refundAmount()).isEqualByComparingTo(line2);
    assertThat(ledger.hold(order.id()).status()).isEqualTo(EscrowStatus.SPLIT);
  }

  @Test
  void trackingTwiceAndOutOfOrderMovesForwardAndAnnouncesDeliveryOnce() {
    String awb = shipments.shipment(order.id()).awb();
    Instant now = Instant.now();
    TrackingEvent delivered =
        new TrackingEvent("e-del-" + awb, awb, ShipmentStatus.DELIVERED, "Pune", now, null, null);
    TrackingEvent lateTransit =
        new TrackingEvent(
            "e-tr-" + awb,
            awb,
            ShipmentStatus.IN_TRANSIT,
            "Nashik",
            now.minusSeconds(3600),
            null,
            null);

    assertThat(shipments.track(delivered)).isEqualTo(TrackingOutcome.RECORDED);
    assertThat(shipments.track(delivered)).isEqualTo(TrackingOutcome.DUPLICATE);
    assertThat(shipments.track(lateTransit)).isEqualTo(TrackingOutcome.RECORDED);
    assertThat(
            shipments.track(
                new TrackingEvent(
                    "e-x", "NO-SUCH-AWB", ShipmentStatus.DELIVERED, null, now, null, null)))
        .isEqualTo(TrackingOutcome.UNKNOWN_AWB);

    assertThat(shipments.shipment(order.id()).status()).isEqualTo(ShipmentStatus.DELIVERED);
    assertThat(events.delivered.stream().filter(id -> id == order.id())).hasSize(1);
    assertThat(shipments.trackingOf(order.id()))
        .extracting(TrackingEvent::status)
        .containsExactly(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED);
  }

  @Test
  void theSameReleaseJobTwiceMovesTheMoneyOnce() {
    escrow.release(order.id(), "Buyer confirmed receipt");
    escrow.release(order.id(), "Buyer confirmed receipt");

    assertThat(ledger.transactionsOf(order.id())).hasSize(2); // the hold and one release
    assertThat(ledger.hold(order.id()).status()).isEqualTo(EscrowStatus.RELEASED);
    assertThat(
            gateway.transferKeys.stream()
                .filter(k -> k.equals(EscrowService.transferKey(order.id()))))
        .as("one transfer on hold, even with the job delivered twice")
        .hasSize(1);
    assertThat(escrow.transfer(order.id()).amount()).isEqualByComparingTo("950.00"); // less 5%
    assertThat(gateway.releasedHolds).containsOnlyOnce(escrow.transfer(order.id()).transferId());
  }

  @Test
  void aSplitDecidedByOpsRefundsThroughTheGatewayOnceEvenWhenSettledTwice() {
    statuses.ship(order.id(), "system", "booked");
    statuses.deliver(order.id(), "delivered");
    EscrowStatement held = escrow.statement(buyer, order.id()).orElseThrow();
    assertThat(held.inspectionEnds())
        .isEqualTo(statuses.enteredAt(order.id(), OrderStatus.DELIVERED).plus(Duration.ofDays(3)));
    assertThat(held.describe(true)).startsWith("₹1,000.00 paid and held in escrow");
    disputes.open(buyer, order.id(), "Three lamps dented", "photos");
    HumanTask mediation = openTask(DisputeMediationTask.KIND, Actor.OPS_GROUP);
    // what ops are shown before deciding is what the settlement then does
    EscrowPreview preview = escrow.preview(ops, order.id(), new BigDecimal("300.00"));
    assertThat(preview)
        .isEqualTo(
            new EscrowPreview(
                new BigDecimal("1000.00"),
                new BigDecimal("300.00"),
                new BigDecimal("700.00"),
                new BigDecimal("35.00"),
                new BigDecimal("665.00")));
    assertThatThrownBy(() -> escrow.preview(ops, order.id(), new BigDecimal("1000.01")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThatThrownBy(
            () ->
                disputes.mediate(
                    ops, mediation.id(), Resolution.SPLIT, new BigDecimal("1000.00"), "half"))
        .hasMessageContaining("less than");
    assertThatThrownBy(
            () ->
                disputes.mediate(
                    ops, mediation.id(), Resolution.SPLIT, new BigDecimal("1.001"), "x"))
        .hasMessageContaining("rupees and paise");
    assertThat(disputes.dispute(ops, order.id()).resolution()).isNull();

    disputes.mediate(
        ops, mediation.id(), Resolution.SPLIT, new BigDecimal("300.00"), "Three of five");
    disputes.settle(order.id());
    disputes.settle(order.id());

    assertThat(ledger.hold(order.id()).status()).isEqualTo(EscrowStatus.SPLIT);
    assertThat(ledger.transactionsOf(order.id())).hasSize(2);
    assertThat(
            gateway.refundKeys.stream().filter(k -> k.equals(EscrowService.splitKey(order.id()))))
        .hasSize(1);
    assertThat(disputes.dispute(buyer, order.id()).status()).isEqualTo(DisputeStatus.RESOLVED);
    // The seller had 950.00 on hold; it keeps 95% of the 700.00 not refunded, 665.00.
    assertThat(gateway.reversals)
        .containsOnlyOnce(escrow.transfer(order.id()).transferId() + ":285.00");
    assertThat(escrow.transfer(order.id()).reversedAmount()).isEqualByComparingTo("285.00");
    assertThat(events.disputes).contains(order.id());
    EscrowStatement settled = escrow.statement(buyer, order.id()).orElseThrow();
    assertThat(settled.refunded()).isEqualByComparingTo("300.00");
    assertThat(settled.commission()).isEqualByComparingTo(preview.commission());
    assertThat(settled.sellerNet()).isEqualByComparingTo(preview.sellerNet());
    assertThat(settled.describe(true))
        .isEqualTo(
            "₹1,000.00 paid; after the dispute ₹300.00 was refunded to you and the seller was"
                + " paid ₹665.00 after Mandi's commission of ₹35.00.");
    assertThatThrownBy(() -> escrow.preview(buyer, order.id(), BigDecimal.ZERO))
        .hasMessageContaining("no money held");

    // the seller's payout statement breaks the order down from the buyer's payment to its net
    assertThat(payouts.of(seller, 0, 10))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.orderId()).isEqualTo(order.id());
              assertThat(p.gross()).isEqualByComparingTo("1000.00");
              assertThat(p.refunded()).isEqualByComparingTo("300.00");
              assertThat(p.commission()).isEqualByComparingTo("35.00");
              assertThat(p.net()).isEqualByComparingTo("665.00");
              assertThat(p.transferStatus()).isEqualTo("RELEASED");
              assertThat(p.reversed()).isEqualByComparingTo("285.00");
            });
    assertThat(payouts.count(seller)).isEqualTo(1);
    assertThat(payouts.ofOrder(seller, order.id())).contains(payouts.of(seller, 0, 1).getFirst());
    assertThat(payouts.ofOrder(seller, order.id() + 1_000_000)).isEmpty();
    assertThatThrownBy(() -> payouts.of(buyer, 0, 10))
        .isInstanceOf(io.mandi.account.NotAllowedException.class);

    // the GST invoice, issued after settlement, carries the final value and both parties
    String gstin = "27AABAM1234C1Z" + io.mandi.account.Gstin.checkCharacter("27AABAM1234C1Z");
    onboarding.register(seller.sellerId(), gstin, "14 Shivaji Nagar, Nashik", "422001");
    accountService.register(buyer.buyerId(), null, "Shop 3, Tilak Road, Pune", "411030");
    io.mandi.invoice.Invoice invoice = invoices.issue(order.id()).orElseThrow();
    assertThat(invoice.total()).isEqualByComparingTo("700.00");
    assertThat(invoice.taxableValue().add(invoice.cgst()).add(invoice.sgst()))
        .isEqualByComparingTo("700.00");
    assertThat(invoice.cgst().subtract(invoice.sgst()).abs())
        .as("the tax halves differ by a paisa at most")
        .isLessThanOrEqualTo(new BigDecimal("0.01"));
    assertThat(invoice.igst()).isEqualByComparingTo("0.00");
    assertThat(invoice.supplierGstin()).isEqualTo(gstin);
    assertThat(invoice.recipientGstin()).isNull();
    assertThat(invoice.recipientAddress()).endsWith("Shop 3, Tilak Road, Pune - 411030");
    assertThat(invoice.amountInWords()).isEqualTo("Rupees Seven Hundred Only");
    assertThat(invoice.invoiceNo()).matches("MND/20\\d\\d-\\d\\d/\\d{6}");
    String pdf = pdfText(invoices.pdf(buyer, order.id()).orElseThrow().pdf());
    assertThat(pdf)
        .contains("₹700.00")
        .contains("GSTIN: " + gstin)
        .contains("GSTIN: Unregistered")
        .contains("Maharashtra (27)")
        .contains("Rupees Seven Hundred Only")
        .doesNotContain("Rs.");
  }

  private static String pdfText(byte[] pdf) {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * A release (the buyer confirmed) and a refund (operations cancelled) arrive together. The
   * gateway is called with no transaction open, so the escrow is claimed first: exactly one of them
   * moves the money, whatever the interleaving; the other ends without touching the gateway.
   */
  @Test
  void aReleaseAndARefundAtTheSameTimeMoveTheMoneyOnce() throws Exception {
    long id = order.id();
    String transferId = escrow.transfer(id).transferId();
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var release =
          pool.submit(
              () -> {
                start.await();
                escrow.release(id, "Buyer confirmed receipt");
                return null;
              });
      var refund =
          pool.submit(
              () -> {
                start.await();
                escrow.refundInFull(id);
                return null;
              });
      for (var settlement : List.of(release, refund)) {
        try {
          settlement.get();
        } catch (java.util.concurrent.ExecutionException lost) {
          assertThat(lost.getCause()).hasMessageContaining("is being settled by");
        }
      }
    } finally {
      pool.shutdown();
    }

    EscrowStatus settled = ledger.hold(id).status();
    assertThat(settled).isIn(EscrowStatus.RELEASED, EscrowStatus.REFUNDED);
    if (settled == EscrowStatus.RELEASED) {
      assertThat(gateway.releasedHolds).containsOnlyOnce(transferId);
      assertThat(gateway.refundKeys).doesNotContain(EscrowService.refundKey(id));
    } else {
      assertThat(gateway.refundKeys).containsOnlyOnce(EscrowService.refundKey(id));
      assertThat(gateway.releasedHolds).doesNotContain(transferId);
    }
    assertThat(ledger.transactionsOf(id)).hasSize(2); // the hold and its one settlement
  }

  @Test
  void aBuyerCannotDisputeBeforeDeliveryOrTwice() {
    assertThatThrownBy(() -> disputes.open(buyer, order.id(), "Late", null))
        .hasMessageContaining("only after delivery");
    statuses.ship(order.id(), "system", "booked");
    statuses.deliver(order.id(), "delivered");
    disputes.open(buyer, order.id(), "Wrong colour", null);
    assertThatThrownBy(() -> disputes.open(buyer, order.id(), "Again", null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onceShippedOnlyOpsCancelAndThatCancelsTheShipmentAndRefundsOnce() {
    statuses.ship(order.id(), "system", "booked");
    String awb = shipments.shipment(order.id()).awb();
    assertThatThrownBy(() -> cancellations.requestCancellation(buyer, order.id(), "Changed mind"))
        .hasMessageContaining("once shipped, only operations can cancel it");

    compensation.compensate(order.id(), "ops-test", "Buyer's shop closed");
    compensation.compensate(order.id(), "ops-test", "Buyer's shop closed");

    assertThat(logistics.cancelled.stream().filter(awb::equals)).hasSize(1);
    assertThat(shipments.shipment(order.id()).status()).isEqualTo(ShipmentStatus.CANCELLED);
    assertThat(ledger.hold(order.id()).status()).isEqualTo(EscrowStatus.REFUNDED);
    assertThat(ledger.transactionsOf(order.id())).hasSize(2);
    assertThat(gateway.reversals)
        .containsOnlyOnce(escrow.transfer(order.id()).transferId() + ":950.00");
    assertThat(
            gateway.refundKeys.stream().filter(k -> k.equals(EscrowService.refundKey(order.id()))))
        .hasSize(1);
  }

  private HumanTask openTask(String kind, String group) {
    long key = KEYS.incrementAndGet();
    inbox.open(
        new NewTask(
            engineRun, key, key, key, "test", kind, group, null, null, order.id(), Instant.now()));
    return inbox.tasksOfOrder(order.id()).stream()
        .filter(t -> t.kind().equals(kind))
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
