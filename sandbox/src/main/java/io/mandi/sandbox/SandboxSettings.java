package io.mandi.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the simulators need: their ports and where to send webhooks ({@code mandi.sandbox.*}), and
 * the credentials Mandi was given for each platform, which the platform must check.
 */
@ConfigurationProperties("mandi")
record SandboxSettings(
    Sandbox sandbox, WhatsApp whatsapp, Gateway paymentGateway, Logistics logistics) {

  record Sandbox(Server whatsapp, Server paymentGateway, Server logistics) {}

  record Server(int port, String webhookUrl) {}

  record WhatsApp(String accessToken) {}

  record Gateway(String keyId, String keySecret, String webhookSecret) {}

  record Logistics(String apiToken, String webhookSecret) {}
}
