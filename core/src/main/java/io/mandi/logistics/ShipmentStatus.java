package io.mandi.logistics;

/** Where a shipment is; tracking only ever moves it forward. */
public enum ShipmentStatus {
  REQUESTED,
  BOOKED,
  IN_TRANSIT,
  DELIVERED,
  CANCELLED;

  public boolean isAfter(ShipmentStatus other) {
    return ordinal() > other.ordinal();
  }
}
