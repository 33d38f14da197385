package io.mandi.logistics;

/**
 * Port: the logistics platform (Shiprocket/Delhivery shape), implemented by integration routes.
 * Calls carry an idempotency key the caller stored before calling.
 */
public interface LogisticsGateway {

  /** Creates the shipment, assigns an AWB and generates the label. */
  BookedShipment book(ShipmentRequest request, String idempotencyKey);

  /** Cancels a booked shipment; cancelling one already cancelled is not an error. */
  void cancel(String awb, String idempotencyKey);
}
