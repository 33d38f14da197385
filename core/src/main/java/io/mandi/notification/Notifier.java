package io.mandi.notification;

/** Port: delivers a message through an external channel (implemented by integration routes). */
public interface Notifier {

  /**
   * Sends the message, retrying transient failures itself.
   *
   * @return the provider's message id
   * @throws NotificationFailedException when the provider did not take the message
   */
  String send(OutgoingMessage message);
}
