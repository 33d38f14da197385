package io.mandi.logistics;

import io.mandi.account.AccountService;
import io.mandi.account.Actor;
import io.mandi.account.Buyer;
import io.mandi.account.Role;
import io.mandi.catalog.CatalogService;
import io.mandi.catalog.Seller;
import io.mandi.durations.Deadline;
import io.mandi.durations.OrderDurationService;
import io.mandi.order.Order;
import io.mandi.order.OrderStatusService;
import io.mandi.task.HumanTask;
import io.mandi.task.TaskDecision;
import io.mandi.task.TaskInboxService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An order's shipment: the seller packs it, the courier books it, tracking moves it forward and
 * proof of delivery tells the order's process. Booking and tracking are idempotent.
 */
@Service
public class ShipmentService {
  static final BigDecimal MAX_WEIGHT_KG = new BigDecimal("5000");
  static final int MAX_PACKAGES = 500;

  private final ShipmentMapper shipments;
  private final LogisticsGateway gateway;
  private final ShipmentNotices notices;
  private final OrderStatusService statuses;
  private final AccountService accounts;
  private final CatalogService catalog;
  private final TaskInboxService inbox;
  private final Clock clock;
  private final OrderDurationService durations;
  private final TransactionTemplate transaction;

  ShipmentService(
      ShipmentMapper shipments,
      LogisticsGateway gateway,
      ShipmentNotices notices,
      OrderStatusService statuses,
      AccountService accounts,
      CatalogService catalog,
      TaskInboxService inbox,
      Clock clock,
      OrderDurationService durations,
      TransactionTemplate transaction) {
    this.shipments = shipments;
    this.gateway = gateway;
    this.notices = notices;
    this.statuses = statuses;
    this.accounts = accounts;
    this.catalog = catalog;
    this.inbox = inbox;
    this.clock = clock;
    this.durations = durations;
    this.transaction = transaction;
  }

  public static String bookingKey(long orderId) {
    return "shipment-order-" + orderId;
  }

  public static String cancelKey(long orderId) {
    return "shipment-cancel-order-" + orderId;
  }

  /**
   * The seller packed the order. The parcel is committed before the task completes, so the booking
   * job the engine starts next always finds it; a repeat before booking corrects the parcel.
   */
  public void readyToShip(Actor seller, long taskId, BigDecimal weightKg, int packages) {
    seller.require(Role.SELLER);
    HumanTask task = inbox.task(seller, taskId);
    if (!ReadyToShipTask.KIND.equals(task.kind()) || task.orderId() == null) {
      throw new IllegalArgumentException("Task " + taskId + " is not a shipping task");
    }
    if (weightKg == null || weightKg.signum() <= 0 || weightKg.compareTo(MAX_WEIGHT_KG) > 0) {
      throw new IllegalArgumentException(
          "Enter the parcel weight in kg, more than 0 and at most " + MAX_WEIGHT_KG);
    }
    if (packages <= 0 || packages > MAX_PACKAGES) {
      throw new IllegalArgumentException("Enter the number of packages, from 1 to " + MAX_PACKAGES);
    }
    Instant now = clock.instant();
    Duration deliveryPromise = durations.of(task.orderId()).of(Deadline.DELIVERY_PROMISE);
    transaction.executeWithoutResult(
        status -> {
          shipments.upsertRequest(
              task.orderId(),
              bookingKey(task.orderId()),
              weightKg,
              packages,
              now.plus(deliveryPromise),
              now);
          inbox.completeChecked(seller, task, new TaskDecision(ReadyToShipTask.READY, null));
        });
  }

  /**
   * Books the packed order with the courier and marks it shipped. The key was stored with the
   * request, so a retry after a lost answer books nothing twice.
   */
  public Shipment book(long orderId) {
    Shipment shipment = shipments.findShipment(orderId);
    if (shipment == null) {
      throw new IllegalStateException("Order " + orderId + " has not been packed yet");
    }
    if (shipment.status() == ShipmentStatus.REQUESTED) {
      Order order = statuses.order(orderId);
      Seller seller = catalog.seller(order.sellerId());
      Buyer buyer = accounts.buyer(order.buyerId());
      BookedShipment booking =
          gateway.book(
              new ShipmentRequest(
                  orderId,
                  seller.name(),
                  seller.region(),
                  seller.phone(),
                  buyer.name(),
                  buyer.region(),
                  buyer.phone(),
                  shipment.weightKg(),
                  shipment.packages(),
                  order.totalAmount()),
              shipment.idempotencyKey());
      // called with no transaction open; the booking and the order's move commit together
      transaction.executeWithoutResult(
          status -> {
            shipments.recordBooking(orderId, booking, clock.instant());
            statuses.ship(
                orderId, "system", "Booked with " + booking.courier() + ", AWB " + booking.awb());
          });
    }
    return shipments.findShipment(orderId);
  }

  /**
   * Records a tracking event once by its id. Events may come late or twice; the shipment only moves
   * forward, and delivery is announced to the order's process exactly when first seen.
   */
  @Transactional
  public TrackingOutcome track(TrackingEvent event) {
    Shipment shipment = shipments.findShipmentByAwb(event.awb());
    if (shipment == null) {
      return TrackingOutcome.UNKNOWN_AWB;
    }
    TrackingEvent recorded =
        new TrackingEvent(
            event.eventId(),
            event.awb(),
            event.status(),
            event.location(),
            event.occurredAt(),
            shipment.orderId(),
            clock.instant());
    if (shipments.insertEvent(recorded) == 0) {
      return TrackingOutcome.DUPLICATE;
    }
    if (event.status() == ShipmentStatus.CANCELLED) {
      return TrackingOutcome.RECORDED; // only our own cancellation moves a shipment there
    }
    List<ShipmentStatus> earlier =
        EnumSet.range(ShipmentStatus.BOOKED, ShipmentStatus.DELIVERED).stream()
            .filter(event.status()::isAfter)
            .toList();
    boolean delivered = event.status() == ShipmentStatus.DELIVERED;
    boolean moved =
        !earlier.isEmpty()
            && shipments.advance(
                    shipment.orderId(),
                    event.status(),
                    earlier,
                    delivered ? event.occurredAt() : null,
                    clock.instant())
                == 1;
    if (moved && delivered) {
      notices.delivered(shipment.orderId());
    }
    return TrackingOutcome.RECORDED;
  }

  /**
   * Cancels the booking of a cancelled order; harmless if there is none or it is done. The courier
   * is called with no transaction open.
   */
  public void cancel(long orderId) {
    Shipment shipment = shipments.findShipment(orderId);
    if (shipment == null
        || shipment.status() == ShipmentStatus.CANCELLED
        || shipment.status() == ShipmentStatus.DELIVERED) {
      return;
    }
    if (shipment.awb() != null) {
      gateway.cancel(shipment.awb(), cancelKey(orderId));
    }
    shipments.advance(
        orderId,
        ShipmentStatus.CANCELLED,
        List.of(ShipmentStatus.REQUESTED, ShipmentStatus.BOOKED, ShipmentStatus.IN_TRANSIT),
        null,
        clock.instant());
  }

  public Shipment shipment(long orderId) {
    return shipments.findShipment(orderId);
  }

  public List<TrackingEvent> trackingOf(long orderId) {
    return shipments.findEvents(orderId);
  }
}
