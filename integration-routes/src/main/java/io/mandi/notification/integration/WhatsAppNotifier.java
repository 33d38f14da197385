package io.mandi.notification.integration;

import io.mandi.notification.NotificationFailedException;
import io.mandi.notification.Notifier;
import io.mandi.notification.OutgoingMessage;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** The core's Notifier port, delivered by the WhatsApp route. */
@Component
@EnableConfigurationProperties(WhatsAppProperties.class)
class WhatsAppNotifier implements Notifier {
  private final ProducerTemplate producer;

  WhatsAppNotifier(ProducerTemplate producer) {
    this.producer = producer;
  }

  @Override
  public String send(OutgoingMessage message) {
    try {
      String messageId = producer.requestBody(WhatsAppSendRoute.ENDPOINT, message, String.class);
      if (messageId == null || messageId.isBlank()) {
        throw new NotificationFailedException(
            "WhatsApp accepted the message but returned no id", null);
      }
      return messageId;
    } catch (CamelExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new NotificationFailedException(
          "WhatsApp did not take the message: " + cause.getMessage(), cause);
    }
  }
}
