package io.mandi.task;

/**
 * One outcome a person may choose on a kind of task.
 *
 * @param name the value stored with the task and passed to the model as {@code outcome}
 * @param label the button's text
 * @param commentRequired whether the person must say why (the other party sees the reason)
 * @param adverse whether it stops or undoes something (shown as a warning button)
 * @param escrow what the outcome does with the money held for the order; anything but {@link
 *     EscrowEffect#NONE} is confirmed with its amounts before it is taken
 * @param refundField for an amount {@link EscrowEffect#entered()}: the field holding it
 */
public record TaskOutcome(
    String name,
    String label,
    boolean commentRequired,
    boolean adverse,
    EscrowEffect escrow,
    String refundField) {

  public static TaskOutcome of(String name, String label) {
    return new TaskOutcome(name, label, false, false, EscrowEffect.NONE, null);
  }

  /** An outcome that must say why. */
  public static TaskOutcome withReason(String name, String label) {
    return new TaskOutcome(name, label, true, false, EscrowEffect.NONE, null);
  }

  /** An outcome that stops or undoes something, and must say why. */
  public static TaskOutcome adverse(String name, String label) {
    return new TaskOutcome(name, label, true, true, EscrowEffect.NONE, null);
  }

  /** The same outcome, moving the escrowed money as said (a part refund names its field). */
  public TaskOutcome moving(EscrowEffect effect, String refundFieldName) {
    if (effect.entered() != (refundFieldName != null)) {
      throw new IllegalArgumentException("A part refund or offer, and only that, names its field");
    }
    return new TaskOutcome(name, label, commentRequired, adverse, effect, refundFieldName);
  }
}
