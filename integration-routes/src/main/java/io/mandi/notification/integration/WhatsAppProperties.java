package io.mandi.notification.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how to reach the WhatsApp Cloud API (or its sandbox).
 *
 * @param baseUrl e.g. https://graph.facebook.com, or the local sandbox
 * @param apiVersion the Graph API version path segment, e.g. v21.0
 * @param phoneNumberId the business phone number the messages are sent from
 * @param accessToken the system user's bearer token
 * @param maxRedeliveries retries after the first attempt for transient failures
 * @param redeliveryDelay first retry delay; doubles on each further retry
 */
@ConfigurationProperties("mandi.whatsapp")
public record WhatsAppProperties(
    String baseUrl,
    @DefaultValue("v21.0") String apiVersion,
    String phoneNumberId,
    String accessToken,
    @DefaultValue("4") int maxRedeliveries,
    @DefaultValue("PT0.5S") Duration redeliveryDelay) {

  String messagesUrl() {
    return baseUrl.replaceAll("/+$", "") + "/" + apiVersion + "/" + phoneNumberId + "/messages";
  }
}
