package io.mandi.logistics;

/** The courier's booking: its ids, the AWB that tracks the parcel, and the label to print. */
public record BookedShipment(
    String providerOrderId, String shipmentId, String awb, String courier, String labelUrl) {}
