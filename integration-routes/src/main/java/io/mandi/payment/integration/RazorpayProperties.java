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
 */
@ConfigurationProperties("mandi.payment-gateway")
public record RazorpayProperties(
    String baseUrl,
    String checkoutUrl,
    String keyId,
    String keySecret,
    String webhookSecret,
    @DefaultValue("3") int maxRedeliveries,
    @DefaultValue("PT0.5S") Duration redeliveryDelay) {}
