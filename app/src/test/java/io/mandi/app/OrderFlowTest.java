package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageStartEventSubscriptionIntent;
import io.camunda.zeebe.protocol.record.value.MessageStartEventSubscriptionRecordValue;
import io.mandi.account.Actor;
import io.mandi.admin.DeployedProcess;
import io.mandi.admin.ProcessMonitor;
import io.mandi.notification.NotificationStatus;
import io.mandi.notification.OrderNotificationService;
import io.mandi.notification.sandbox.WhatsAppSandbox;
import io.mandi.order.Order;
import io.mandi.order.OrderProcessGateway;
import io.mandi.order.OrderStatus;
import io.mandi.order.OrderStatusChange;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import io.mandi.task.TaskNotOpenException;
import io.mandi.vendor.SellerAcceptanceTask;
import io.mandi.vendor.VendorAssignmentService;
import io.mandi.vendor.VendorPickTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders through the real engine, workers, database and WhatsApp sandbox, as people drive them. */
class OrderFlowTest extends MandiAppTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @Autowired WhatsAppSandbox whatsApp;
  @Autowired OrderNotificationService notifications;
  @Autowired ProcessMonitor processes;
  @Autowired OrderProcessGateway orderProcess;
  @Autowired ZeebeTestEngine engine;
  @Autowired VendorAssignmentService vendors;

  Actor buyer1() {
    return user("buyer1");
  }

  Actor seller1() {
    return user("seller1");
  }

  Order placeWithSeller1(UUID requestId) {
    return place("buyer1", requestId, seller1Offer("Turmeric"), 12);
  }

  HumanTask awaitSellerTask(long orderId) {
    return awaitOpenTask(seller1(), orderId, SellerAcceptanceTask.KIND);
  }

  OrderStatus statusOf(long orderId) {
    return orders.details(buyer1(), orderId).order().status();
  }

  @Test
  void anOrderAcceptedByTheSellerIsConfirmedAndTheBuyerGetsAWhatsAppMessage() {
    Order order = placeWithSeller1(UUID.randomUUID());

    HumanTask task = awaitSellerTask(order.id());
    assertThat(task.dueAt()).isNotNull();
    assertThat(statusOf(order.id())).isEqualTo(OrderStatus.AWAITING_ACCEPTANCE);
    inbox.decide(seller1(), task.id(), TaskInput.of("ACCEPT", null));

    await("order confirmed")
        .atMost(WAIT)
        .until(() -> statusOf(order.id()) == OrderStatus.CONFIRMED);
    await("WhatsApp message for order " + order.id())
        .atMost(WAIT)
        .until(
            () ->
                whatsApp.received().stream()
                    .anyMatch(m -> m.parameters().contains(String.valueOf(order.id()))));
    assertThat(whatsApp.received())
        .filteredOn(m -> m.parameters().contains(String.valueOf(order.id())))
        .filteredOn(m -> m.template().equals("order_confirmed"))
        .singleElement()
        .satisfies(m -> assertThat(m.to()).isEqualTo("919811111111"));
    // the seller was told of the new order to accept, once
    assertThat(whatsApp.received())
        .filteredOn(m -> m.parameters().contains(String.valueOf(order.id())))
        .filteredOn(m -> m.template().equals("new_order"))
        .singleElement()
        .satisfies(m -> assertThat(m.to()).isEqualTo("919820000001"));
    await("notification recorded as sent")
        .atMost(WAIT)
        .until(
            () ->
                notifications.messagesOf(user("ops1"), order.id()).stream()
                    .anyMatch(
                        n ->
                            n.dedupKey()
                                    .equals(OrderNotificationService.orderConfirmedKey(order.id()))
                                && n.status() == NotificationStatus.SENT));
    assertThat(orders.details(buyer1(), order.id()).history())
        .extracting(OrderStatusChange::toStatus)
        .containsExactly(
            OrderStatus.PLACED, OrderStatus.AWAITING_ACCEPTANCE, OrderStatus.CONFIRMED);
  }

  @Test
  void aRefusalMovesTheOrderToTheNextVendorAtTheAgreedPrice() {
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer("Coconut Broom"), 5);
    BigDecimal agreed = orders.details(buyer1(), order.id()).lines().getFirst().unitPrice();

    HumanTask task = awaitOpenTask(seller1(), order.id(), SellerAcceptanceTask.KIND);
    inbox.decide(seller1(), task.id(), TaskInput.of("REFUSE", "Festival week, no dispatch"));

    Order moved =
        await("order offered to the next vendor")
            .atMost(WAIT)
            .until(
                () -> orders.details(user("ops1"), order.id()).order(),
                o -> o.sellerId() != seller1().sellerId());
    Actor next = sellerUser(moved.sellerId());
    HumanTask nextTask = awaitOpenTask(next, order.id(), SellerAcceptanceTask.KIND);
    assertThat(orders.details(next, order.id()).lines().getFirst().unitPrice())
        .isEqualByComparingTo(agreed);
    assertThat(vendors.decisions(buyer1(), order.id())).as("scores are for ops only").isEmpty();
    assertThat(vendors.decisions(user("ops1"), order.id()))
        .anySatisfy(
            d -> {
              assertThat(d.round()).isEqualTo(2);
              assertThat(d.sellerId()).isEqualTo(seller1().sellerId());
              assertThat(d.chosen()).isFalse();
              assertThat(d.reason()).contains("already offered this order");
            })
        .anySatisfy(
            d -> {
              assertThat(d.round()).isEqualTo(2);
              assertThat(d.chosen()).isTrue();
              assertThat(d.reason()).startsWith("Score ");
            });
    assertThat(inbox.openTasksFor(seller1())).noneMatch(t -> t.orderId() == order.id());

    inbox.decide(next, nextTask.id(), TaskInput.of("ACCEPT", null));
    await("confirmed by the second vendor")
        .atMost(WAIT)
        .until(() -> statusOf(order.id()) == OrderStatus.CONFIRMED);
  }

  @Test
  void theSameCheckoutSubmittedTwiceStartsOneProcessInstance() {
    UUID requestId = UUID.randomUUID();

    Order first = placeWithSeller1(requestId);
    Order again = placeWithSeller1(requestId);
    orderProcess.orderPlaced(first); // a retry that reaches the engine again is refused there too

    assertThat(again.id()).isEqualTo(first.id());
    awaitSellerTask(first.id());
    assertThat(inbox.tasksOfOrder(first.id())).hasSize(1);
    assertThat(instancesStartedFor(first.id())).isEqualTo(1);
  }

  @Test
  void silentVendorsLoseTheOrderInTurnAndThenOpsPickOne() throws Exception {
    Order order = place("buyer1", UUID.randomUUID(), seller1Offer("Agarbatti Pack"), 5);
    HumanTask first = awaitOpenTask(seller1(), order.id(), SellerAcceptanceTask.KIND);
    Actor ops = user("ops1");

    engine.increaseTime(Duration.ofHours(24).plusMinutes(1));
    Order moved =
        await("second vendor after the SLA")
            .atMost(WAIT)
            .until(
                () -> orders.details(ops, order.id()).order(),
                o -> o.sellerId() != seller1().sellerId());
    awaitOpenTask(sellerUser(moved.sellerId()), order.id(), SellerAcceptanceTask.KIND);
    assertThatThrownBy(() -> inbox.decide(seller1(), first.id(), TaskInput.of("ACCEPT", null)))
        .isInstanceOf(TaskNotOpenException.class);

    engine.increaseTime(Duration.ofHours(24).plusMinutes(1));
    HumanTask pick =
        await("ops escalation once every vendor was asked")
            .atMost(WAIT)
            .until(
                () ->
                    inbox.openTasksFor(ops).stream()
                        .filter(
                            t -> t.orderId() == order.id() && VendorPickTask.KIND.equals(t.kind()))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(vendors.rounds(order.id()))
        .extracting(r -> r.outcome().name())
        .containsExactly("TIMED_OUT", "TIMED_OUT");
    assertThatThrownBy(() -> vendors.pickForTask(ops, pick.id(), 999_999L, null))
        .hasMessageContaining("lists no product");

    vendors.pickForTask(ops, pick.id(), seller1().sellerId(), "Phoned Sunita; she can ship");

    await("confirmed with the vendor ops picked")
        .atMost(WAIT)
        .until(() -> statusOf(order.id()) == OrderStatus.CONFIRMED);
    assertThat(orders.details(ops, order.id()).order().sellerId()).isEqualTo(seller1().sellerId());
    assertThat(vendors.decisions(ops, order.id()).getLast().reason())
        .isEqualTo("Picked by operations: Phoned Sunita; she can ship");
  }

  @Test
  void theAdminSeesTheDeployedProcess() {
    assertThat(processes.deployedProcesses())
        .extracting(DeployedProcess::bpmnProcessId)
        .contains(
            "order-lifecycle",
            "order-acceptance",
            "vendor-assignment",
            "vendor-reassignment",
            "escrow-funding",
            "escrow-settlement");
  }

  /** Instances the engine started from an order-placed message for this order. */
  private long instancesStartedFor(long orderId) {
    return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
        .filter(r -> r.getValueType() == ValueType.MESSAGE_START_EVENT_SUBSCRIPTION)
        .filter(r -> r.getIntent() == MessageStartEventSubscriptionIntent.CORRELATED)
        .map(r -> (MessageStartEventSubscriptionRecordValue) r.getValue())
        .filter(v -> v.getCorrelationKey().equals(String.valueOf(orderId)))
        .count();
  }
}
