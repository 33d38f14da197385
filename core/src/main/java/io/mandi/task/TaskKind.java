package io.mandi.task;

import java.util.List;
import java.util.Optional;

/**
 * A kind of human work, declared by the capability that owns it: its outcomes and the fields a
 * decision needs. The model names the kind in the user task's {@code taskKind} header.
 *
 * @param name stored with each task; never renamed once tasks of the kind exist
 * @param commentLabel what the comment field asks for
 */
public record TaskKind(
    String name,
    String title,
    String commentLabel,
    List<TaskOutcome> outcomes,
    List<TaskField> fields) {

  public TaskKind {
    outcomes = List.copyOf(outcomes);
    fields = List.copyOf(fields);
  }

  public Optional<TaskOutcome> outcome(String outcomeName) {
    return outcomes.stream().filter(o -> o.name().equals(outcomeName)).findFirst();
  }

  /** Stands in for a kind no capability declares any more, so its old tasks still show. */
  static TaskKind retired(String name) {
    return new TaskKind(name, name, "", List.of(), List.of());
  }
}
