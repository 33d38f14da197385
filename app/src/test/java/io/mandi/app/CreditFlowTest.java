package io.mandi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mandi.order.CreditApprovalTask;
import io.mandi.order.Order;
import io.mandi.order.OrderStatus;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskInput;
import io.mandi.vendor.SellerAcceptanceTask;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** buyer2 (a ₹20,000 credit limit in the demo data) orders more than it may without approval. */
class CreditFlowTest extends MandiAppTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  /** 10 bags of basmati from seller1: about ₹23,000, over buyer2's limit. */
  Order bigOrderOfBuyer2() {
    return place("buyer2", UUID.randomUUID(), seller1Offer("Basmati"), 10);
  }

  OrderStatus statusOf(long orderId) {
    return orders.details(user("buyer2"), orderId).order().status();
  }

  @Test
  void anOrderOverTheLimitWaitsForOpsThenGoesToTheSeller() {
    Order order = bigOrderOfBuyer2();

    HumanTask approval = awaitOpenTask(user("ops1"), order.id(), CreditApprovalTask.KIND);
    assertThat(statusOf(order.id())).isEqualTo(OrderStatus.AWAITING_CREDIT_APPROVAL);
    assertThat(approval.dueAt()).isNotNull();
    assertThat(inbox.openTasksFor(user("seller1"))).noneMatch(t -> t.orderId() == order.id());
    assertThat(orders.details(user("buyer2"), order.id()).history().getLast().reason())
        .contains("exceed the credit limit of ₹20000.00");

    assertThat(orders.details(user("buyer2"), order.id()).lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.priceSteps())
                  .singleElement()
                  .asString()
                  .startsWith("Distributor price: the buyer is a distributor, 3% off (₹");
              assertThat(line.priceRuleVersion()).isEqualTo("pricing v1");
              assertThat(line.unitPrice()).isLessThan(line.listPrice());
            });

    inbox.decide(
        user("ops1"), approval.id(), TaskInput.of("APPROVE", "Paid on time for two years"));

    awaitOpenTask(user("seller1"), order.id(), SellerAcceptanceTask.KIND);
    assertThat(statusOf(order.id())).isEqualTo(OrderStatus.AWAITING_ACCEPTANCE);
    // the approval keeps its approver and note, for operations and for the buyer
    assertThat(inbox.decisionsOn(user("ops1"), order.id()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.closedBy()).isEqualTo("ops1");
              assertThat(d.outcome()).isEqualTo("APPROVE");
              assertThat(d.comment()).isEqualTo("Paid on time for two years");
            });
    assertThat(inbox.decisionsOn(user("buyer2"), order.id()))
        .extracting(HumanTask::comment)
        .containsExactly("Paid on time for two years");
  }

  @Test
  void creditDeclinedByOpsRejectsTheOrderWithTheirReason() {
    Order order = bigOrderOfBuyer2();
    HumanTask approval = awaitOpenTask(user("ops1"), order.id(), CreditApprovalTask.KIND);

    inbox.decide(user("ops1"), approval.id(), TaskInput.of("DECLINE", "Two invoices overdue"));

    await("order rejected").atMost(WAIT).until(() -> statusOf(order.id()) == OrderStatus.REJECTED);
    assertThat(orders.details(user("buyer2"), order.id()).history().getLast().reason())
        .isEqualTo("Credit declined by operations: Two invoices overdue");
  }
}
