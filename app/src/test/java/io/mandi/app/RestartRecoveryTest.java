package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mandi.MandiApplication;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.dispute.DisputeMediationTask;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.DisputeService;
import io.mandi.dispute.Resolution;
import io.mandi.ledger.LedgerService;
import io.mandi.logistics.ReadyToShipTask;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import io.mandi.order.CreditApprovalTask;
import io.mandi.order.Order;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.OrderQueryService;
import io.mandi.order.OrderStatus;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.payment.EscrowService;
import io.mandi.payment.PaymentIntent;
import io.mandi.payment.PaymentService;
import io.mandi.payment.sandbox.RazorpaySandbox;
import io.mandi.recovery.OrderRecreation;
import io.mandi.recovery.RecoveryCases;
import io.mandi.recovery.WaitingStep;
import io.mandi.task.EngineRun;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.TestSocketUtils;

/**
 * Issue 8's restart test: orders wait in every waiting state, the application stops (the embedded
 * engine loses every instance), and the next start re-creates each one at its step. Each order can
 * then be completed by its users, and the gateway, the courier and the ledger saw nothing twice.
 */
class RestartRecoveryTest {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private final int enginePort = TestSocketUtils.findAvailableTcpPort();
  private final int whatsAppPort = TestSocketUtils.findAvailableTcpPort();
  private final int gatewayPort = TestSocketUtils.findAvailableTcpPort();
  private final int logisticsPort = TestSocketUtils.findAvailableTcpPort();
  private final int serverPort = TestSocketUtils.findAvailableTcpPort();
  private final String dataDir = temporaryDataDir();

  @Test
  void everyWaitingOrderRunsAgainAtItsStepAfterARestartAndNothingIsDoneTwice() throws Exception {
    Map<WaitingStep, Long> waiting = new LinkedHashMap<>();
    Map<Long, Long> openTaskBefore = new LinkedHashMap<>();
    Map<Long, Integer> ledgerBefore = new LinkedHashMap<>();
    int bookingsBefore;
    String firstRun;

    try (ConfigurableApplicationContext app = start()) {
      Script run = new Script(app);
      firstRun = app.getBean(EngineRun.class).id();
      waiting.put(WaitingStep.VENDOR_ACCEPTANCE, run.awaitingSeller("Coriander Powder"));
      waiting.put(WaitingStep.CREDIT_APPROVAL, run.awaitingCreditApproval());
      waiting.put(WaitingStep.PAYMENT, run.awaitingPayment("Cumin Seeds").orderId());
      waiting.put(WaitingStep.PACKING, run.paidAwaitingPacking("Garam Masala"));
      waiting.put(WaitingStep.DELIVERY, run.shipped("Coriander Powder"));
      waiting.put(WaitingStep.INSPECTION, run.delivered("Cumin Seeds"));
      waiting.put(WaitingStep.DISPUTE_RESPONSE, run.disputed("Garam Masala"));
      waiting.put(WaitingStep.MEDIATION, run.inMediation("Coriander Powder"));
      for (long orderId : waiting.values()) {
        run.openTask(orderId).ifPresent(task -> openTaskBefore.put(orderId, task.id()));
        ledgerBefore.put(orderId, run.ledger.transactionsOf(orderId).size());
      }
      bookingsBefore = run.logistics.bookings();
    }

    try (ConfigurableApplicationContext app = start()) {
      Script run = new Script(app);
      assertThat(app.getBean(EngineRun.class).id()).isNotEqualTo(firstRun);
      OrderRecreation recreation = app.getBean(OrderRecreation.class);
      for (Map.Entry<WaitingStep, Long> order : waiting.entrySet()) {
        long orderId = order.getValue();
        await("order " + orderId + " (" + order.getKey() + ") re-created in the new run")
            .atMost(WAIT)
            .until(() -> run.engineRunOf(orderId), app.getBean(EngineRun.class).id()::equals);
        assertThat(recreation.resumptionOf(orderId).orElseThrow().step())
            .as("order %d resumes where it waited", orderId)
            .isEqualTo(order.getKey());
      }
      for (Map.Entry<Long, Long> task : openTaskBefore.entrySet()) {
        await("the open task of order " + task.getKey() + " is re-linked, not duplicated")
            .atMost(WAIT)
            .until(
                () ->
                    run.inbox.tasksOfOrder(task.getKey()).stream()
                        .filter(t -> t.status() == io.mandi.task.TaskStatus.OPEN)
                        .map(HumanTask::id)
                        .toList(),
                ids -> ids.equals(List.of(task.getValue())));
      }
      assertThat(run.gateway.createOrderCalls()).as("gateway orders asked for again").isZero();
      assertThat(run.logistics.bookings()).as("courier bookings").isEqualTo(bookingsBefore);
      for (Map.Entry<Long, Integer> ledger : ledgerBefore.entrySet()) {
        assertThat(run.ledger.transactionsOf(ledger.getKey()))
            .as("ledger of order %d", ledger.getKey())
            .hasSize(ledger.getValue());
      }
      assertThat(
              app.getBean(RecoveryCases.class).decisionsOfOrder(waiting.get(WaitingStep.PACKING)))
          .as("the order page shows what recovery did and why")
          .anySatisfy(d -> assertThat(d.explanation()).contains("restarted"));

      // Every order can be completed by its users from where it waited.
      run.sellerAccepts(waiting.get(WaitingStep.VENDOR_ACCEPTANCE));
      run.awaitStatus(waiting.get(WaitingStep.VENDOR_ACCEPTANCE), OrderStatus.CONFIRMED);

      run.opsApproveCredit(waiting.get(WaitingStep.CREDIT_APPROVAL));
      run.awaitStatus(waiting.get(WaitingStep.CREDIT_APPROVAL), OrderStatus.AWAITING_ACCEPTANCE);

      run.pay(waiting.get(WaitingStep.PAYMENT));
      run.openTaskOfKind(waiting.get(WaitingStep.PAYMENT), ReadyToShipTask.KIND);

      run.pack(waiting.get(WaitingStep.PACKING));
      run.awaitStatus(waiting.get(WaitingStep.PACKING), OrderStatus.SHIPPED);

      run.courierDelivers(waiting.get(WaitingStep.DELIVERY));
      run.awaitStatus(waiting.get(WaitingStep.DELIVERY), OrderStatus.DELIVERED);

      run.escrow.confirmReceipt(run.user("buyer1"), waiting.get(WaitingStep.INSPECTION));
      run.awaitStatus(waiting.get(WaitingStep.INSPECTION), OrderStatus.COMPLETED);

      long disputed = waiting.get(WaitingStep.DISPUTE_RESPONSE);
      HumanTask answer = run.openTaskOfKind(disputed, DisputeResponseTask.KIND);
      run.disputes.contest(run.user("seller1"), answer.id(), "The bags left us sealed");
      HumanTask mediation = run.openTaskOfKind(disputed, DisputeMediationTask.KIND);
      run.disputes.mediate(
          run.user("ops1"), mediation.id(), Resolution.RELEASE, null, "Photos show sealed bags");
      run.awaitStatus(disputed, OrderStatus.COMPLETED);

      long mediated = waiting.get(WaitingStep.MEDIATION);
      run.disputes.mediate(
          run.user("ops1"),
          run.openTaskOfKind(mediated, DisputeMediationTask.KIND).id(),
          Resolution.REFUND,
          null,
          "Wrong goods delivered");
      run.awaitStatus(mediated, OrderStatus.REFUNDED);

      assertThat(run.gateway.createOrderCalls())
          .as("only the order accepted after the restart asked for a gateway order")
          .isEqualTo(1);
      assertThat(run.logistics.bookings())
          .as("only the order packed after the restart was booked")
          .isEqualTo(bookingsBefore + 1);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(MandiApplication.class)
        .properties(
            "spring.profiles.active=embedded",
            "mandi.embedded.engine.port=" + enginePort,
            "mandi.sandbox.whatsapp.port=" + whatsAppPort,
            "mandi.sandbox.payment-gateway.port=" + gatewayPort,
            "mandi.sandbox.logistics.port=" + logisticsPort,
            "server.port=" + serverPort,
            "mandi.embedded.postgres.data-dir=" + dataDir,
            "mandi.embedded.postgres.port=0",
            "mandi.embedded.postgres.durable=false",
            "mandi.whatsapp.redelivery-delay=PT0.05S")
        .run();
  }

  private static String temporaryDataDir() {
    try {
      return Files.createTempDirectory("mandi-restart-pg").toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The users' and platforms' steps, on one running application. */
  private static final class Script {
    final AccountService accounts;
    final CatalogService catalog;
    final OrderPlacementService placement;
    final OrderQueryService orders;
    final TaskInboxService inbox;
    final PaymentService payments;
    final RazorpaySandbox gateway;
    final ShipmentService shipments;
    final LogisticsSandbox logistics;
    final LedgerService ledger;
    final EscrowService escrow;
    final DisputeService disputes;
    final org.springframework.jdbc.core.JdbcTemplate jdbc;

    Script(ConfigurableApplicationContext app) {
      accounts = app.getBean(AccountService.class);
      catalog = app.getBean(CatalogService.class);
      placement = app.getBean(OrderPlacementService.class);
      orders = app.getBean(OrderQueryService.class);
      inbox = app.getBean(TaskInboxService.class);
      payments = app.getBean(PaymentService.class);
      gateway = app.getBean(RazorpaySandbox.class);
      shipments = app.getBean(ShipmentService.class);
      logistics = app.getBean(LogisticsSandbox.class);
      ledger = app.getBean(LedgerService.class);
      escrow = app.getBean(EscrowService.class);
      disputes = app.getBean(DisputeService.class);
      jdbc = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    Actor user(String username) {
      return accounts.findUser(username).orElseThrow().asActor();
    }

    String engineRunOf(long orderId) {
      return jdbc.queryForObject(
          "select engine_run from purchase_order where id = ?", String.class, orderId);
    }

    long awaitingSeller(String product) {
      Order order = place("buyer1", offer(product), 10);
      openTaskOfKind(order.id(), SellerAcceptanceTask.KIND);
      return order.id();
    }

    long awaitingCreditApproval() {
      Order order = place("buyer2", offer("Basmati"), 10);
      openTaskOfKind(order.id(), CreditApprovalTask.KIND);
      return order.id();
    }

    PaymentIntent awaitingPayment(String product) {
      long orderId = awaitingSeller(product);
      sellerAccepts(orderId);
      return await("gateway order for order " + orderId)
          .atMost(WAIT)
          .until(
              () -> payments.intent(orderId),
              intent -> intent != null && intent.gatewayOrderId() != null);
    }

    long paidAwaitingPacking(String product) throws Exception {
      long orderId = awaitingPayment(product).orderId();
      pay(orderId);
      openTaskOfKind(orderId, ReadyToShipTask.KIND);
      return orderId;
    }

    long shipped(String product) throws Exception {
      long orderId = paidAwaitingPacking(product);
      pack(orderId);
      awaitStatus(orderId, OrderStatus.SHIPPED);
      return orderId;
    }

    long delivered(String product) throws Exception {
      long orderId = shipped(product);
      courierDelivers(orderId);
      awaitStatus(orderId, OrderStatus.DELIVERED);
      return orderId;
    }

    long disputed(String product) throws Exception {
      long orderId = delivered(product);
      disputes.open(user("buyer1"), orderId, "Two bags torn", null);
      openTaskOfKind(orderId, DisputeResponseTask.KIND);
      return orderId;
    }

    long inMediation(String product) throws Exception {
      long orderId = disputed(product);
      HumanTask answer = openTaskOfKind(orderId, DisputeResponseTask.KIND);
      disputes.contest(user("seller1"), answer.id(), "Packed and sealed");
      openTaskOfKind(orderId, DisputeMediationTask.KIND);
      return orderId;
    }

    void sellerAccepts(long orderId) {
      HumanTask task = openTaskOfKind(orderId, SellerAcceptanceTask.KIND);
      inbox.decide(user("seller1"), task.id(), TaskInput.of("ACCEPT", null));
    }

    void opsApproveCredit(long orderId) {
      HumanTask task = openTaskOfKind(orderId, CreditApprovalTask.KIND);
      inbox.decide(user("ops1"), task.id(), TaskInput.of(CreditApprovalTask.APPROVE, null));
    }

    void pay(long orderId) throws Exception {
      gateway.pay(payments.intent(orderId).gatewayOrderId());
      await("escrow held for order " + orderId)
          .atMost(WAIT)
          .until(() -> ledger.hold(orderId) != null);
    }

    void pack(long orderId) {
      HumanTask task = openTaskOfKind(orderId, ReadyToShipTask.KIND);
      shipments.readyToShip(user("seller1"), task.id(), new BigDecimal("12.5"), 2);
    }

    void courierDelivers(long orderId) throws Exception {
      String awb = shipments.shipment(orderId).awb();
      assertThat(logistics.track(awb, "DELIVERED")).isEqualTo(200);
    }

    void awaitStatus(long orderId, OrderStatus status) {
      await("order " + orderId + " " + status)
          .atMost(WAIT)
          .until(() -> orders.details(user("ops1"), orderId).order().status() == status);
    }

    Optional<HumanTask> openTask(long orderId) {
      return inbox.tasksOfOrder(orderId).stream()
          .filter(t -> t.status() == io.mandi.task.TaskStatus.OPEN)
          .findFirst();
    }

    HumanTask openTaskOfKind(long orderId, String kind) {
      return await(kind + " task for order " + orderId)
          .atMost(WAIT)
          .until(
              () ->
                  inbox.tasksOfOrder(orderId).stream()
                      .filter(t -> t.status() == io.mandi.task.TaskStatus.OPEN)
                      .filter(t -> t.kind().equals(kind))
                      .findFirst(),
              Optional::isPresent)
          .orElseThrow();
    }

    private OfferListing offer(String product) {
      long seller1 = user("seller1").sellerId();
      return catalog.search(product, null).stream()
          .filter(offer -> offer.sellerId() == seller1)
          .findFirst()
          .orElseThrow();
    }

    private Order place(String buyer, OfferListing offer, int quantity) {
      return placement
          .place(
              user(buyer),
              new PlaceOrderCommand(
                  UUID.randomUUID(),
                  List.of(
                      new PlaceOrderCommand.Line(offer.productId(), offer.offerId(), quantity))))
          .getFirst();
    }
  }
}
