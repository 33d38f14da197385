package io.mandi.inbound;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which pushed messages (webhooks) were handled, by source and the platform's message id. A message
 * is recorded after it was handled, so a crash in between means it is handled again, which every
 * handler tolerates; a recorded one is never handed on twice.
 */
@Service
public class InboundMessages {
  static final int MAX_ID = 200;

  private final InboundMessageMapper messages;
  private final Clock clock;

  InboundMessages(InboundMessageMapper messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  public boolean handled(String source, String messageId) {
    return messages.exists(source, messageId);
  }

  /** Returns true if the message was not recorded before. */
  @Transactional
  public boolean recordHandled(String source, String messageId) {
    if (messageId == null || messageId.isEmpty() || messageId.length() > MAX_ID) {
      throw new IllegalArgumentException("A message id has 1 to " + MAX_ID + " characters");
    }
    return messages.insertIfAbsent(source, messageId, clock.instant()) == 1;
  }

  @Transactional
  public boolean forget(String source, String messageId) {
    return messages.delete(source, messageId) == 1;
  }
}
