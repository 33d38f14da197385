package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.OfferListing;
import io.mandi.dispute.DisputeMediationTask;
import io.mandi.dispute.DisputeResponseTask;
import io.mandi.dispute.DisputeService;
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
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInboxService;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/** The users' and platforms' steps, on one running embedded application. */
final class OrderScript {
  static final Duration WAIT = Duration.ofSeconds(60);

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

  OrderScript(ConfigurableApplicationContext app) {
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

  long paidAwaitingPacking(String product) {
    long orderId = awaitingPayment(product).orderId();
    pay(orderId);
    openTaskOfKind(orderId, ReadyToShipTask.KIND);
    return orderId;
  }

  long shipped(String product) {
    long orderId = paidAwaitingPacking(product);
    pack(orderId);
    awaitStatus(orderId, OrderStatus.SHIPPED);
    return orderId;
  }

  long delivered(String product) {
    long orderId = shipped(product);
    courierDelivers(orderId);
    awaitStatus(orderId, OrderStatus.DELIVERED);
    return orderId;
  }

  long disputed(String product) {
    long orderId = delivered(product);
    disputes.open(user("buyer1"), orderId, "Two bags torn", null);
    openTaskOfKind(orderId, DisputeResponseTask.KIND);
    return orderId;
  }

  long inMediation(String product) {
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

  void pay(long orderId) {
    try {
      gateway.pay(payments.intent(orderId).gatewayOrderId());
    } catch (Exception e) {
      throw new IllegalStateException("Paying order " + orderId + " failed", e);
    }
    await("escrow held for order " + orderId)
        .atMost(WAIT)
        .until(() -> ledger.hold(orderId) != null);
  }

  void pack(long orderId) {
    HumanTask task = openTaskOfKind(orderId, ReadyToShipTask.KIND);
    shipments.readyToShip(user("seller1"), task.id(), new BigDecimal("12.5"), 2);
  }

  void courierDelivers(long orderId) {
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
                List.of(new PlaceOrderCommand.Line(offer.productId(), offer.offerId(), quantity))))
        .getFirst();
  }
}
