package io.mandi.logistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ShipmentMapper {

  int upsertRequest(
      @Param("orderId") long orderId,
      @Param("idempotencyKey") String idempotencyKey,
      @Param("weightKg") BigDecimal weightKg,
      @Param("packages") int packages,
      @Param("promisedBy") Instant promisedBy,
      @Param("now") Instant now);

  Shipment findShipment(@Param("orderId") long orderId);

  Shipment findShipmentByAwb(@Param("awb") String awb);

  int recordBooking(
      @Param("orderId") long orderId,
      @Param("booking") BookedShipment booking,
      @Param("now") Instant now);

  /** Moves the status forward only; returns 0 if the shipment is already there or beyond. */
  int advance(
      @Param("orderId") long orderId,
      @Param("to") ShipmentStatus to,
      @Param("from") List<ShipmentStatus> from,
      @Param("deliveredAt") Instant deliveredAt,
      @Param("now") Instant now);

  int insertEvent(TrackingEvent event);

  List<TrackingEvent> findEvents(@Param("orderId") long orderId);
}
