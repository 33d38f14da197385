package io.mandi.logistics.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.mandi.inbound.InboundMessages;
import io.mandi.logistics.BookedShipment;
import io.mandi.logistics.LogisticsGateway;
import io.mandi.logistics.ShipmentRequest;
import io.mandi.logistics.ShipmentService;
import io.mandi.logistics.ShipmentStatus;
import io.mandi.logistics.TrackingEvent;
import io.mandi.logistics.TrackingOutcome;
import io.mandi.logistics.sandbox.LogisticsSandbox;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.TestSocketUtils;

/**
 * The logistics routes against the sandbox over real HTTP, and the sandbox's signed tracking
 * webhooks into our endpoint (the shipment service behind it is a mock; it is tested in core).
 */
@SpringBootTest(
    classes = LogisticsRoutesTestApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "mandi.sandbox.enabled=true",
      "mandi.sandbox.whatsapp.port=0",
      "mandi.whatsapp.access-token=t",
      "mandi.sandbox.payment-gateway.port=0",
      "mandi.sandbox.payment-gateway.webhook-url=http://127.0.0.1:9/unused",
      "mandi.payment-gateway.key-id=k",
      "mandi.payment-gateway.key-secret=s",
      "mandi.payment-gateway.webhook-secret=w",
      "mandi.logistics.api-token=token-1",
      "mandi.logistics.webhook-secret=track-secret"
    })
class ShiprocketLogisticsGatewayTest {
  static final int PORT = TestSocketUtils.findAvailableTcpPort();
  static final int WEB_PORT = TestSocketUtils.findAvailableTcpPort();

  @DynamicPropertySource
  static void addresses(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> WEB_PORT);
    registry.add("mandi.sandbox.logistics.port", () -> PORT);
    registry.add("mandi.logistics.base-url", () -> "http://127.0.0.1:" + PORT);
    registry.add(
        "mandi.sandbox.logistics.webhook-url",
        () -> "http://127.0.0.1:" + WEB_PORT + LogisticsWebhookRoute.PATH);
  }

  @Autowired LogisticsGateway gateway;
  @Autowired LogisticsSandbox sandbox;
  @MockitoBean ShipmentService shipments;
  @MockitoBean InboundMessages inbound;

  static ShipmentRequest request(long orderId) {
    return new ShipmentRequest(
        orderId,
        "Sakhi SHG",
        "Karnataka",
        "+919800000001",
        "Anand Stores",
        "Karnataka",
        "+919800000002",
        new BigDecimal("12.5"),
        2,
        new BigDecimal("2450.00"));
  }

  @Test
  void bookingTwiceWithTheSameKeyMakesOneShipmentWithAnAwbAndALabel() {
    int before = sandbox.bookings();

    BookedShipment first = gateway.book(request(51), "shipment-order-51");
    BookedShipment again = gateway.book(request(51), "shipment-order-51");

    assertThat(again).isEqualTo(first);
    assertThat(first.awb()).startsWith("1900");
    assertThat(first.courier()).isEqualTo("Delhivery Surface");
    assertThat(first.labelUrl()).endsWith(first.shipmentId() + ".pdf");
    assertThat(sandbox.bookings()).isEqualTo(before + 1);
  }

  @Test
  void cancellingABookedShipmentReachesThePlatform() {
    BookedShipment booked = gateway.book(request(52), "shipment-order-52");

    gateway.cancel(booked.awb(), "shipment-cancel-order-52");

    assertThat(sandbox.isCancelled(booked.awb())).isTrue();
  }

  @Test
  void signedTrackingWebhooksBecomeTrackingEventsAndForgedOnesAreRefused() {
    when(shipments.track(any())).thenReturn(TrackingOutcome.RECORDED);
    BookedShipment booked = gateway.book(request(53), "shipment-order-53");

    assertThat(sandbox.track(booked.awb(), "IN TRANSIT")).isEqualTo(200);
    assertThat(sandbox.track(booked.awb(), "DELIVERED")).isEqualTo(200);
    ArgumentCaptor<TrackingEvent> events = ArgumentCaptor.forClass(TrackingEvent.class);
    verify(shipments, times(2)).track(events.capture());
    assertThat(events.getAllValues())
        .extracting(TrackingEvent::status)
        .containsExactly(ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED);
    assertThat(events.getAllValues().get(1).awb()).isEqualTo(booked.awb());

    LogisticsSandbox.SentWebhook real = sandbox.webhooks().getLast();
    // Change the first hex digit (a fixed "00" prefix equals the real one once in 256 runs).
    String signature = real.signature();
    String forgedSignature = (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
    int forged = sandbox.deliver(new LogisticsSandbox.SentWebhook(real.body(), forgedSignature));
    assertThat(forged).isEqualTo(401);
    verify(shipments, times(2)).track(any());
  }

  @Test
  void thePlatformRefusesAWrongToken() throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + PORT + "/v1/external/orders/create/adhoc"))
                    .header("Authorization", "Bearer wrong")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("Token is invalid");
  }
}
