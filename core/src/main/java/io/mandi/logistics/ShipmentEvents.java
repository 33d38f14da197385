package io.mandi.logistics;

/** Port: tells the order's process about its shipment (implemented by workers). */
public interface ShipmentEvents {

  /** The courier delivered the order. Must be idempotent per order. */
  void delivered(long orderId);
}
