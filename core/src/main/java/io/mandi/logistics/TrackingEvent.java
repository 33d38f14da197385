package io.mandi.logistics;

import java.time.Instant;

/** One tracking update from the courier, identified by the provider's event id. */
public record TrackingEvent(
    String eventId,
    String awb,
    ShipmentStatus status,
    String location,
    Instant occurredAt,
    Long orderId,
    Instant receivedAt) {}
