package io.mandi.outbox;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends committed outbox entries to their handlers. Each attempt first claims the entry (so the
 * after-commit relay and the sweep never send it at the same time), then delivers with no
 * transaction open, then records the outcome. A failure waits with exponential back-off.
 */
@Component
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxRelay {
  private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
  private static final int MAX_ERROR_LENGTH = 2000;

  private final OutboxMapper entries;
  private final List<OutboxHandler> handlers;
  private volatile Map<String, OutboxHandler> handlersByKind;
  private final OutboxProperties properties;
  private final Clock clock;
  private final TransactionTemplate ownTransaction;
  private final TransactionTemplate noTransaction;
  private volatile boolean deliverAfterCommit = true;

  OutboxRelay(
      OutboxMapper entries,
      @Lazy List<OutboxHandler> handlers,
      OutboxProperties properties,
      Clock clock,
      PlatformTransactionManager transactions) {
    this.entries = entries;
    this.properties = properties;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    // called after the caller's commit: its synchronisation is still bound, so start a new one
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // the delivery itself runs with the caller's committed transaction suspended: nothing is open
    this.noTransaction = new TransactionTemplate(transactions);
    this.noTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    this.handlers = handlers;
  }

  /** Handlers are looked up late: they belong to services that themselves write to the outbox. */
  private OutboxHandler handler(String kind) {
    Map<String, OutboxHandler> byKind = handlersByKind;
    if (byKind == null) {
      Map<String, OutboxHandler> built = new HashMap<>();
      handlers.forEach(h -> h.kinds().forEach(k -> built.put(k, h)));
      handlersByKind = byKind = Map.copyOf(built);
    }
    OutboxHandler handler = byKind.get(kind);
    if (handler == null) {
      throw new IllegalStateException("No outbox handler for " + kind);
    }
    return handler;
  }

  /**
   * Sends entries just committed. A refusal for good is passed to the caller (a person must hear
   * that the process did not take the decision); any other failure is left to the sweep.
   */
  void deliverNow(List<Long> ids) {
    if (!deliverAfterCommit) {
      return;
    }
    DeliveryRejectedException refusal = null;
    for (long id : ids) {
      try {
        deliver(id);
      } catch (DeliveryRejectedException e) {
        refusal = e;
      }
    }
    if (refusal != null) {
      throw refusal;
    }
  }

  /**
   * Tries to send one entry now; returns true if it was sent by this call.
   *
   * @throws DeliveryRejectedException when the destination refused it for good
   */
  public boolean deliver(long id) {
    Instant now = clock.instant();
    Integer claimed =
        ownTransaction.execute(s -> entries.claim(id, now, now.plus(properties.claimTimeout())));
    if (claimed == null || claimed == 0) {
      return false;
    }
    OutboxEntry entry = ownTransaction.execute(s -> entries.find(id));
    Map<String, Object> payload = fromJson(entry.payload());
    OutboxHandler handler = handler(entry.kind());
    try {
      noTransaction.executeWithoutResult(s -> handler.deliver(entry.kind(), payload));
    } catch (DeliveryRejectedException refused) {
      ownTransaction.executeWithoutResult(
          s -> {
            entries.markRejected(id, trim(refused.getMessage()), clock.instant());
            handler.rejected(entry.kind(), payload, refused.getMessage());
          });
      log.warn("Outbox entry {} ({}) refused: {}", id, entry.dedupKey(), refused.getMessage());
      throw refused;
    } catch (RuntimeException failed) {
      Instant next = clock.instant().plus(properties.retryDelay(entry.attempts()));
      ownTransaction.executeWithoutResult(
          s -> entries.markFailed(id, trim(String.valueOf(failed.getMessage())), next));
      log.warn(
          "Outbox entry {} ({}) not delivered (attempt {}), next at {}: {}",
          id,
          entry.dedupKey(),
          entry.attempts(),
          next,
          failed.toString());
      return false;
    }
    ownTransaction.executeWithoutResult(s -> entries.markSent(id, clock.instant()));
    return true;
  }

  /** Sends what is due: entries the relay could not send, or that a crash left. */
  public int sweep() {
    Instant now = clock.instant();
    List<Long> due = entries.findDue(now, now.minus(properties.grace()), 100);
    int sent = 0;
    for (long id : due) {
      try {
        if (deliver(id)) {
          sent++;
        }
      } catch (DeliveryRejectedException refused) {
        // recorded as REJECTED and shown to operations; nothing more to do here
      }
    }
    return sent;
  }

  /**
   * Switches the after-commit delivery off (tests only: it stands for a crash between commit and
   * send, leaving the entry to the sweep).
   */
  public void deliverAfterCommit(boolean enabled) {
    this.deliverAfterCommit = enabled;
  }

  static Map<String, Object> fromJson(String json) {
    try {
      return Outbox.JSON.readValue(json, new TypeReference<>() {});
    } catch (Exception e) {
      throw new IllegalStateException("Outbox payload is not JSON: " + e.getMessage(), e);
    }
  }

  private static String trim(String message) {
    String text = message == null ? "" : message.replace('\0', ' ');
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }
}
