package io.mandi.notification;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends {@link PartyMessage}s: the row is stored before the provider is called, so a repeat never
 * sends twice; a failed send is recorded (operations see it in the message list) and never fails
 * the step that sent it.
 */
@Service
public class PartyMessages {
  private static final Logger log = LoggerFactory.getLogger(PartyMessages.class);

  private final NotificationMapper notifications;
  private final Notifier notifier;
  private final Clock clock;

  PartyMessages(NotificationMapper notifications, Notifier notifier, Clock clock) {
    this.notifications = notifications;
    this.notifier = notifier;
    this.clock = clock;
  }

  public NotificationStatus send(PartyMessage message) {
    notifications.insertPartyMessage(
        message,
        OrderNotificationService.CHANNEL_WHATSAPP,
        String.join("|", message.parameters()),
        clock.instant());
    Notification stored = notifications.findByDedupKey(message.key());
    if (stored.status() == NotificationStatus.SENT) {
      return NotificationStatus.SENT;
    }
    try {
      String messageId =
          notifier.send(
              new OutgoingMessage(message.phone(), message.template(), "en", message.parameters()));
      notifications.markSent(stored.id(), messageId, clock.instant());
      return NotificationStatus.SENT;
    } catch (RuntimeException failed) {
      log.warn("{} could not be sent: {}", message.key(), failed.getMessage());
      notifications.markFailed(stored.id(), String.valueOf(failed.getMessage()), clock.instant());
      return NotificationStatus.FAILED;
    }
  }
}
