package io.mandi.task;

/**
 * One outcome a person may choose on a kind of task.
 *
 * @param name the value stored with the task and passed to the model as {@code outcome}
 * @param label the button's text
 * @param commentRequired whether the person must say why (the other party sees the reason)
 * @param adverse whether it stops or undoes something (shown as a warning button)
 */
public record TaskOutcome(String name, String label, boolean commentRequired, boolean adverse) {

  public static TaskOutcome of(String name, String label) {
    return new TaskOutcome(name, label, false, false);
  }

  /** An outcome that must say why. */
  public static TaskOutcome withReason(String name, String label) {
    return new TaskOutcome(name, label, true, false);
  }

  /** An outcome that stops or undoes something, and must say why. */
  public static TaskOutcome adverse(String name, String label) {
    return new TaskOutcome(name, label, true, true);
  }
}
