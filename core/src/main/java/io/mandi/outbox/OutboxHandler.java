package io.mandi.outbox;

import java.util.Map;
import java.util.Set;

/**
 * Delivers one capability's outbox entries to their destination (the engine or a platform). Each
 * delivery must be idempotent on the entry's payload: the sweep may deliver an entry again when the
 * first delivery's answer was lost.
 */
public interface OutboxHandler {

  /** The entry kinds this handler delivers. */
  Set<String> kinds();

  /**
   * Delivers the entry.
   *
   * @throws DeliveryRejectedException when the destination will never take it
   */
  void deliver(String kind, Map<String, Object> payload);

  /** The destination refused the entry for good; undo what only made sense if it were taken. */
  default void rejected(String kind, Map<String, Object> payload, String reason) {}
}
