package io.mandi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.mandi.CoreTestApplication.RecordingNotifier;
import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.catalog.CatalogOnboarding;
import io.mandi.catalog.SellerKind;
import io.mandi.order.OrderPlacementService;
import io.mandi.order.PlaceOrderCommand;
import io.mandi.testing.CatalogFixture;
import io.mandi.testing.CoreTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CoreTest
class OrderNotificationServiceTest {
  @Autowired OrderNotificationService service;
  @Autowired NotificationMapper notifications;
  @Autowired RecordingNotifier notifier;
  @Autowired OrderPlacementService placement;
  @Autowired AccountService accountService;
  @Autowired CatalogOnboarding onboarding;
  long orderId;

  @BeforeEach
  void placeOrder() {
    CatalogFixture fixture = new CatalogFixture(onboarding, accountService);
    Actor buyer = fixture.buyer();
    Actor seller = fixture.seller(SellerKind.SHG);
    long product = fixture.product(fixture.category(), "Millet Flour");
    long offer = fixture.offer(seller, product, 1, 50, new BigDecimal("75.00"));
    orderId =
        placement
            .place(
                buyer,
                new PlaceOrderCommand(
                    UUID.randomUUID(), List.of(new PlaceOrderCommand.Line(product, offer, 2))))
            .getFirst()
            .id();
  }

  @AfterEach
  void reset() {
    notifier.failure = null;
  }

  @Test
  void theBuyerIsToldOnceEvenWhenAskedTwice() {
    int before = notifier.sent.size();

    assertThat(service.notifyOrderConfirmed(orderId)).isEqualTo(NotificationStatus.SENT);
    assertThat(service.notifyOrderConfirmed(orderId)).isEqualTo(NotificationStatus.SENT);

    assertThat(notifier.sent).hasSize(before + 1);
    OutgoingMessage message = notifier.sent.getLast();
    assertThat(message.template()).isEqualTo("order_confirmed");
    assertThat(message.recipientPhone()).isEqualTo("+919811111111");
    assertThat(message.bodyParameters()).contains(String.valueOf(orderId), "₹150.00");
    Notification row =
        notifications.findByDedupKey(OrderNotificationService.orderConfirmedKey(orderId));
    assertThat(row.status()).isEqualTo(NotificationStatus.SENT);
    assertThat(row.providerMessageId()).startsWith("wamid.");
  }

  @Test
  void aFailedSendIsRecordedNotThrownAndCanBeRetried() {
    notifier.failure = new NotificationFailedException("provider down", null);

    assertThat(service.notifyOrderConfirmed(orderId)).isEqualTo(NotificationStatus.FAILED);
    Notification failed =
        notifications.findByDedupKey(OrderNotificationService.orderConfirmedKey(orderId));
    assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.lastError()).isEqualTo("provider down");

    notifier.failure = null;
    assertThat(service.notifyOrderConfirmed(orderId)).isEqualTo(NotificationStatus.SENT);
  }
}
