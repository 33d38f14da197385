package io.mandi.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes what must be told in the caller's transaction. Only a committed entry is ever sent: the
 * relay runs after commit, and a rolled-back change leaves no entry behind.
 */
@Service
public class Outbox {
  static final ObjectMapper JSON = new ObjectMapper();

  private final OutboxMapper entries;
  private final OutboxRelay relay;
  private final Clock clock;

  Outbox(OutboxMapper entries, OutboxRelay relay, Clock clock) {
    this.entries = entries;
    this.relay = relay;
    this.clock = clock;
  }

  /**
   * Records an entry unless one with the same key exists. Must run inside the business change's
   * transaction, so that the change and the entry commit together or not at all.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void add(String kind, String dedupKey, Map<String, Object> payload) {
    Long id = entries.insertIfAbsent(kind, dedupKey, toJson(payload), clock.instant());
    if (id != null) {
      pendingInThisTransaction().add(id);
    }
  }

  private List<Long> pendingInThisTransaction() {
    @SuppressWarnings("unchecked")
    List<Long> ids = (List<Long>) TransactionSynchronizationManager.getResource(this);
    if (ids == null) {
      List<Long> fresh = new ArrayList<>();
      TransactionSynchronizationManager.bindResource(this, fresh);
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              relay.deliverNow(fresh);
            }

            @Override
            public void afterCompletion(int status) {
              TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
            }
          });
      ids = fresh;
    }
    return ids;
  }

  static String toJson(Map<String, Object> payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Outbox payload is not JSON: " + e.getMessage(), e);
    }
  }
}
