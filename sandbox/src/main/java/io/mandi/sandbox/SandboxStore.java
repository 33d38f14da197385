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

  /** The document of a kind by id, a mutable copy, or null if none was saved. */
  Map<String, Object> find(String kind, String id);

  /** Saves the document's current content under its kind and id. */
  void save(String kind, String id, Map<String, ?> document);

  /** A store that forgets everything with the simulator (tests that need no restart). */
  static SandboxStore inMemory() {
    return new SandboxStore() {
      private final Map<String, Map<String, Map<String, Object>>> kinds =
          new java.util.concurrent.ConcurrentHashMap<>();

      @Override
      public Map<String, Map<String, Object>> load(String kind) {
        return new LinkedHashMap<>(kinds.getOrDefault(kind, Map.of()));
      }

      @Override
      public Map<String, Object> find(String kind, String id) {
        return kinds.getOrDefault(kind, Map.of()).get(id);
      }

      @Override
      @SuppressWarnings("unchecked")
      public void save(String kind, String id, Map<String, ?> document) {
        kinds
            .computeIfAbsent(
                kind, k -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
            .put(id, (Map<String, Object>) document);
      }
    };
  }
}
