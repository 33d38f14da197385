package io.mandi.payment;

/** A verified inbound webhook: who sent it, its event id, its type and the payment it names. */
public record WebhookEvent(
    String provider, String eventId, String eventType, String paymentId, String rawBody) {}
