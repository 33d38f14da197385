package io.mandi.task;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every task kind the capabilities declare, found by name. */
@Component
class TaskKinds {
  private final ObjectProvider<TaskHandler> handlers;
  private volatile Map<String, TaskHandler> byName;

  // Looked up on first use: handlers depend on the inbox, which depends on this registry.
  TaskKinds(ObjectProvider<TaskHandler> handlers) {
    this.handlers = handlers;
  }

  TaskHandler handler(String kind) {
    TaskHandler handler = byName().get(kind);
    if (handler == null) {
      throw new IllegalStateException("No capability declares the task kind " + kind);
    }
    return handler;
  }

  TaskKind kind(String name) {
    TaskHandler handler = byName().get(name);
    return handler == null ? TaskKind.retired(name) : handler.kind();
  }

  /** Every declared kind, by title. */
  java.util.List<TaskKind> all() {
    return byName().values().stream()
        .map(TaskHandler::kind)
        .sorted(java.util.Comparator.comparing(TaskKind::title))
        .toList();
  }

  private Map<String, TaskHandler> byName() {
    Map<String, TaskHandler> known = byName;
    if (known == null) {
      known =
          handlers
              .orderedStream()
              .collect(Collectors.toUnmodifiableMap(h -> h.kind().name(), Function.identity()));
      byName = known;
    }
    return known;
  }
}
