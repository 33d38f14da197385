package io.mandi.sandbox;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sandbox's documents of one kind: the recently used ones in memory, all of them in the store. A
 * long run keeps a bounded heap (the store holds the history, as the platform's database would),
 * and a document evicted from memory is read back from the store when it is asked for again.
 */
public final class Documents {
  static final int CACHED = 2000;

  private final SandboxStore store;
  private final String kind;
  private final Map<String, Map<String, Object>> recent =
      new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
          return size() > CACHED;
        }
      };

  public Documents(SandboxStore store, String kind) {
    this.store = store;
    this.kind = kind;
  }

  /** The document, or null if the platform never had it. */
  public synchronized Map<String, Object> get(String id) {
    Map<String, Object> document = recent.get(id);
    if (document == null) {
      document = store.find(kind, id);
      if (document != null) {
        recent.put(id, document);
      }
    }
    return document;
  }

  /** Keeps the document at hand; the caller saves it with {@link #save}. */
  public synchronized void put(String id, Map<String, Object> document) {
    recent.put(id, document);
  }

  public void save(String id, Map<String, Object> document) {
    put(id, document);
    store.save(kind, id, document);
  }

  /**
   * Every document of the kind: read from the store, with the ones in memory as they are there (for
   * a sandbox's reports and tests, not hot paths).
   */
  public Collection<Map<String, Object>> all() {
    Map<String, Map<String, Object>> documents = store.load(kind);
    synchronized (this) {
      documents.putAll(recent);
    }
    return documents.values();
  }
}
