package io.mandi.notification;

import java.time.Instant;

public record Notification(
    long id,
    String dedupKey,
    String channel,
    String recipient,
    String template,
    String parameters,
    NotificationStatus status,
    String providerMessageId,
    String lastError,
    Instant createdAt,
    Instant updatedAt,
    String audience,
    String summary) {}
