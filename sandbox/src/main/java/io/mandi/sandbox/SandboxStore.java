package io.mandi.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a simulator keeps what it knows (orders, payments, shipments, messages), as documents of a
 * kind by id, so that it remembers them across a restart as the real platform would.
 */
public interface SandboxStore {

  /** Every document of a kind, by id, in the order they were first saved; each a mutable copy. */
  Map<String, Map<String, Object>> load(String kind);

  /** Saves the document's current content under its kind and id. */
  void save(String kind, String id, Map<String, ?> document);

  /** A store that forgets everything with the simulator (tests that need no restart). */
  static SandboxStore inMemory() {
    return new SandboxStore() {
      @Override
      public Map<String, Map<String, Object>> load(String kind) {
        return new LinkedHashMap<>();
      }

      @Override
      public void save(String kind, String id, Map<String, ?> document) {}
    };
  }
}
