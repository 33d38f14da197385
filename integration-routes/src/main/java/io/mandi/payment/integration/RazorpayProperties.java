package io.mandi.payment.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment gateway's API (or its sandbox).
 *
 * @param baseUrl API root, e.g. https://api.razorpay.com
 * @param checkoutUrl where buyers pay a gateway order
 * @param keyId basic-auth user
 * @param keySecret basic-auth password
 * @param webhookSecret the secret webhooks are signed with (HMAC-SHA256 over the raw body)
 * @param maxRedeliveries retries inside the route; 0 by default, because the job or the outbox that
 *     made the call retries it with back-off (one retry layer, ADR 0004)
 */
@ConfigurationProperties("mandi.payment-gateway")
public record RazorpayProperties(
    String baseUrl,
    String checkoutUrl,
    String keyId,
    String keySecret,
    String webhookSecret,
    @DefaultValue("0") int maxRedeliveries,
    @DefaultValue("PT0.5S") Duration redeliveryDelay) {}
