package io.mandi.logistics.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The logistics platform's API (or its sandbox).
 *
 * @param baseUrl API root, e.g. https://apiv2.shiprocket.in
 * @param apiToken bearer token
 * @param pickupLocation the pickup location name registered with the platform
 * @param webhookSecret the secret tracking webhooks are signed with (HMAC-SHA256 over the body)
 * @param maxRedeliveries retries inside the route; 0 by default, because the job or the outbox that
 *     made the call retries it with back-off (one retry layer, ADR 0004)
 */
@ConfigurationProperties("mandi.logistics")
public record LogisticsProperties(
    String baseUrl,
    String apiToken,
    @DefaultValue("Primary") String pickupLocation,
    String webhookSecret,
    @DefaultValue("0") int maxRedeliveries,
    @DefaultValue("PT0.5S") Duration redeliveryDelay) {}
