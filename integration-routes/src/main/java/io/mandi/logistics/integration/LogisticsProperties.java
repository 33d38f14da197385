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
 */
@ConfigurationProperties("mandi.logistics")
public record LogisticsProperties(
    String baseUrl,
    String apiToken,
    @DefaultValue("Primary") String pickupLocation,
    String webhookSecret,
    @DefaultValue("3") int maxRedeliveries,
    @DefaultValue("PT0.5S") Duration redeliveryDelay) {}
