package io.mandi.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.account.Role;
import org.junit.jupiter.api.Test;

class OrderProgressTest {

  @Test
  void aConfirmedOrderSaysWhetherItWaitsForPaymentOrForPacking() {
    assertThat(OrderProgress.of(OrderStatus.CONFIRMED, false, Role.BUYER).stage())
        .isEqualTo("Accepted, waiting for payment");
    assertThat(OrderProgress.of(OrderStatus.CONFIRMED, false, Role.BUYER).next())
        .startsWith("Pay into escrow");
    assertThat(OrderProgress.of(OrderStatus.CONFIRMED, true, Role.SELLER).stage())
        .isEqualTo("Paid, being packed");
    assertThat(OrderProgress.of(OrderStatus.CONFIRMED, true, Role.SELLER).next())
        .startsWith("Pack the order");
  }

  @Test
  void eachViewerIsToldWhatIsTheirsToDo() {
    assertThat(OrderProgress.of(OrderStatus.AWAITING_ACCEPTANCE, false, Role.SELLER).next())
        .contains("your task inbox");
    assertThat(OrderProgress.of(OrderStatus.AWAITING_ACCEPTANCE, false, Role.BUYER).next())
        .doesNotContain("inbox");
    assertThat(OrderProgress.of(OrderStatus.AWAITING_CREDIT_APPROVAL, false, Role.OPS).next())
        .contains("Approve or decline");
  }

  @Test
  void everyStatusHasWordsAndNoInternalName() {
    for (OrderStatus status : OrderStatus.values()) {
      for (Role viewer : Role.values()) {
        OrderProgress progress = OrderProgress.of(status, false, viewer);
        assertThat(progress.stage()).as(status + " " + viewer).isNotBlank().doesNotContain("_");
        assertThat(progress.next()).as(status + " " + viewer).isNotBlank().doesNotContain("_");
      }
    }
  }
}
