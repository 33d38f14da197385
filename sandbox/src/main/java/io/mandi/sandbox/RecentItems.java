package io.mandi.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The most recent items a sandbox shows (messages received, webhooks sent), newest last. The full
 * history is in the sandbox's store; memory holds a window, so a long run does not grow the heap
 * and adding stays cheap (a copy-on-write list copied every item on every add).
 */
public final class RecentItems<T> {
  public static final int WINDOW = 1000;

  private final Deque<T> items = new ArrayDeque<>();

  public synchronized void add(T item) {
    items.addLast(item);
    if (items.size() > WINDOW) {
      items.removeFirst();
    }
  }

  public synchronized List<T> snapshot() {
    return List.copyOf(items);
  }

  public synchronized void clear() {
    items.clear();
  }
}
